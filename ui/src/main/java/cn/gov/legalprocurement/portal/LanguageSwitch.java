package cn.gov.legalprocurement.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;

/** 中文 / English: remembers the choice in a cookie (read by {@link LanguageInitListener}) and reloads. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        setText(getTranslation("menu.language"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        addClickListener(e -> {
            boolean toEnglish = !PortalI18n.isEnglish(getLocale());
            Cookie cookie = new Cookie(LanguageInitListener.COOKIE, toEnglish ? "en" : "zh");
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            VaadinService.getCurrentResponse().addCookie(cookie);
            UI.getCurrent().getPage().reload();
        });
    }
}
