package cn.gov.legalprocurement.portal.errors;

import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.PublicHeader;
import cn.gov.legalprocurement.portal.Views;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What a refused, missing or failed page shows instead: the portal's header, what happened in the
 * user's language and the way back (the user's own start page, or the public notices) — never a
 * stack trace or the list of routes.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final CurrentUser user;
    private String title = "";

    ErrorPage(CurrentUser user) {
        this.user = user;
        setId("error-page");
    }

    void show(String titleKey, String message) {
        title = getTranslation(titleKey);
        removeAll();
        boolean loggedIn = user.maybe().isPresent();
        if (!loggedIn) {
            // a visitor's page has the public header; a user's sits in the portal's layout (ErrorLayout)
            addClassName("public-page");
            add(new PublicHeader());
        }
        add(new H1(title), new Paragraph(message),
                loggedIn ? Views.link(getTranslation("error.page.back-portal"), "dashboard")
                        : Views.link(getTranslation("public.back"), ""));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
