package cn.gov.legalprocurement.portal.errors;

import cn.gov.legalprocurement.portal.CurrentUser;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page the user's roles may not open: the same words as a missing page, with HTTP 403. */
@AnonymousAllowed
@ParentLayout(ErrorLayout.class)
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView(CurrentUser user) {
        super(user);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.page.not-found.title", getTranslation("error.page.not-found"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
