package cn.gov.legalprocurement;

import cn.gov.legalprocurement.rules.RulesProperties;
import cn.gov.legalprocurement.shared.PortalProperties;
import cn.gov.legalprocurement.shared.PrivateDataDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wiring of the process layer: the statutory defaults (portal-rules.properties, overridable by any
 * application property), the private data directory and the password encoder of the user directory.
 */
@Configuration
@EnableConfigurationProperties({RulesProperties.class, PortalProperties.class})
@EnableScheduling
@PropertySource(value = "classpath:portal-rules.properties", encoding = "UTF-8")
public class PortalConfiguration {

    /** The data directory is the portal's alone (mode 700), before the database opens it. */
    @Bean
    static PrivateDataDirectory privateDataDirectory() {
        return new PrivateDataDirectory();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
