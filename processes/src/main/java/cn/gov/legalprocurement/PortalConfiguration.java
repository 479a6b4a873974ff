package cn.gov.legalprocurement;

import cn.gov.legalprocurement.rules.RulesProperties;
import cn.gov.legalprocurement.shared.PortalProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wiring of the process layer: the statutory defaults (portal-rules.properties, overridable by any
 * application property), and the password encoder of the user directory.
 */
@Configuration
@EnableConfigurationProperties({RulesProperties.class, PortalProperties.class})
@EnableScheduling
@PropertySource(value = "classpath:portal-rules.properties", encoding = "UTF-8")
public class PortalConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
