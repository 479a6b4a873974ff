package cn.gov.legalprocurement.portal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Chinese by default; the language switch leaves a cookie that every new page honours. */
@Component
class LanguageInitListener implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(fromCookie(VaadinRequest.getCurrent())));
    }

    static Locale fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return PortalI18n.CHINESE;
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .findFirst().filter("en"::equals).map(v -> PortalI18n.ENGLISH).orElse(PortalI18n.CHINESE);
    }
}
