package cn.gov.legalprocurement.security;

import cn.gov.legalprocurement.portal.LanguageSwitch;
import cn.gov.legalprocurement.portal.Views;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/**
 * Sign-in for every role (the demo users are listed in the README), with the language switch, one
 * message for every refusal (it does not tell whether the account exists or is held back), and the way
 * to the provider registration and the public pages.
 */
@Route(SecurityConfiguration.LOGIN_PATH)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("field.username"));
        i18n.getForm().setPassword(getTranslation("field.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        // an empty field is named under the field itself, in the user's language (both at once)
        i18n.getErrorMessage().setUsername(getTranslation("login.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password-required"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction(SecurityConfiguration.LOGIN_PATH);
        HorizontalLayout links = new HorizontalLayout(Views.link(getTranslation("login.register"), "register"),
                Views.link(getTranslation("menu.public"), ""), new LanguageSwitch());
        links.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), form,
                new Paragraph(getTranslation("login.help")), links);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setError(query.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
