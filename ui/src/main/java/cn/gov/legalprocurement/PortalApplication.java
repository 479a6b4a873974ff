package cn.gov.legalprocurement;

import cn.gov.legalprocurement.portal.UiProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The portal: Camunda engine, services, Vaadin UI and Camunda's operator webapps in one Spring Boot app. */
@SpringBootApplication
@EnableConfigurationProperties(UiProperties.class)
@Meta(name = "description", content = "政府购买法律服务采购与履约管理平台")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** The portal's styles on every page, the login and public pages included (24.x reads no @StyleSheet here). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/portal.css");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
