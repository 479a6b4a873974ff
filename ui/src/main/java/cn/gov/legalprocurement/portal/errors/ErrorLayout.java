package cn.gov.legalprocurement.portal.errors;

import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.MainLayout;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;

/**
 * Where an error page sits: inside the portal's own layout (menu, header, the user's name) for a
 * user who is logged in, on its own with the public header for a visitor.
 */
public class ErrorLayout extends Div implements RouterLayout {

    private final MainLayout portal;

    public ErrorLayout(CurrentUser user) {
        setSizeFull();
        portal = user.maybe().isPresent() ? Instantiator.get(UI.getCurrent()).getOrCreate(MainLayout.class) : null;
        if (portal != null) {
            add(portal);
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
