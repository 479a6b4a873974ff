package cn.gov.legalprocurement.portal.errors;

import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An error no form caught (a click whose service failed for a reason the form did not expect) still
 * tells the user, in their language, that nothing was saved and which reference to quote; the
 * exception goes to the log under that reference. The transaction that failed has rolled back.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        UI ui = UI.getCurrent();
        PortalException refusal = find(cause);
        if (refusal != null && ui != null) {
            Views.error(refusal.getMessage(ui.getLocale()));
            return;
        }
        if (clientGone(cause)) {
            // the browser closed or left the page while its answer was written: nobody to tell
            log.debug("Client went away before the response was written", cause);
            return;
        }
        String reference = newReference();
        log.error("Unexpected error (reference {})", reference, cause);
        if (ui != null) {
            Views.error(ui.getTranslation("error.unexpected", reference));
        }
    }

    /** A short reference the user quotes to the operators and the log names beside the exception. */
    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static boolean clientGone(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ClientAbortException) {
                return true;
            }
        }
        return false;
    }

    private static PortalException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PortalException p) {
                return p;
            }
        }
        return null;
    }
}
