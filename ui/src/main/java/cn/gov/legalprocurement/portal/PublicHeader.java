package cn.gov.legalprocurement.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;

/** The public pages' header: the portal's name, the ways on (notices, contracts, registration, login) and the language. */
public class PublicHeader extends Header {

    public PublicHeader() {
        addClassName("public-header");
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("public-brand");
        Nav nav = new Nav(Views.link(getTranslation("menu.public"), ""),
                Views.link(getTranslation("public.contracts"), "public/contracts"),
                Views.link(getTranslation("login.register"), "register"),
                Views.link(getTranslation("public.login"), "login"),
                new LanguageSwitch());
        nav.addClassName("public-nav");
        add(brand, nav);
        TrainingBadge.of(false).ifPresent(this::add);
    }
}
