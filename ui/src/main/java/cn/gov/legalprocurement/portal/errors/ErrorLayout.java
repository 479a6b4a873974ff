package cn.gov.legalprocurement.portal.errors;

import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.MainLayout;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;
import org.slf4j.LoggerFactory;

/**
 * Where an error page sits: inside the portal's own layout (menu, header, the user's name) for a
 * user who is logged in, on its own with the public header for a visitor.
 */
public class ErrorLayout extends Div implements RouterLayout {

    private final MainLayout portal;

    public ErrorLayout(CurrentUser user) {
        setSizeFull();
        portal = user.maybe().isPresent() ? portalLayout() : null;
        if (portal != null) {
            add(portal);
        }
    }

    /** The portal's layout, or none when building it fails too (the error may lie there): the page stands alone. */
    private static MainLayout portalLayout() {
        try {
            return Instantiator.get(UI.getCurrent()).getOrCreate(MainLayout.class);
        } catch (RuntimeException layoutFailed) {
            LoggerFactory.getLogger(ErrorLayout.class).warn("The portal's layout failed on an error page", layoutFailed);
            return null;
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (portal != null) {
            portal.showRouterLayoutContent(content);
        } else {
            RouterLayout.super.showRouterLayoutContent(content);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (portal != null) {
            portal.removeRouterLayoutContent(oldContent);
        } else {
            RouterLayout.super.removeRouterLayoutContent(oldContent);
        }
    }
}
