package cn.gov.legalprocurement.portal.errors;

import cn.gov.legalprocurement.portal.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed while it was being built: the user reads that it failed and a reference to quote
 * to the operators; the exception goes to the log under the same reference, never to the page.
 */
@AnonymousAllowed
@ParentLayout(ErrorLayout.class)
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    public InternalErrorView(CurrentUser user) {
        super(user);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UnexpectedErrors.newReference();
        log.error("Page {} failed (reference {})", event.getLocation().getPath(), reference, parameter.getCaughtException());
        show("error.page.failed.title", getTranslation("error.page.failed", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
