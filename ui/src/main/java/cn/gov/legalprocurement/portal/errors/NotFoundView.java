package cn.gov.legalprocurement.portal.errors;

import cn.gov.legalprocurement.portal.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist — or that the user's roles may not open: the portal says the same for
 * both, so an address reveals nothing of what lies behind it.
 */
@AnonymousAllowed
@ParentLayout(ErrorLayout.class)
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView(CurrentUser user) {
        super(user);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.page.not-found.title", getTranslation("error.page.not-found"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
