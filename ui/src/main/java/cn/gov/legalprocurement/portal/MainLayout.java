package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.shared.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The frame of every page behind the login: a menu that shows only what the user's roles may use,
 * the notification centre, the language switch and the user's name with a logout.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span pageTitle = new Span();

    public MainLayout(CurrentUser user, NotificationBell bell) {
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("portal-brand");
        SideNav nav = new SideNav();
        // the views marked @Menu that the user's roles may open (their @RolesAllowed decides, as for navigation)
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String[] icon = entry.icon().split(":");
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(icon[0], icon[1])));
        }
        addToDrawer(brand, nav);

        Button language = new LanguageSwitch();
        Span who = new Span(user.displayName());
        who.addClassName("portal-user");
        Button logout = new Button(getTranslation("menu.logout"), VaadinIcon.SIGN_OUT.create(), e -> user.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        pageTitle.addClassName("portal-page-title");
        HorizontalLayout right = new HorizontalLayout(bell, language, who, logout);
        TrainingBadge.of(user.has(Role.ADMIN)).ifPresent(right::addComponentAsFirst);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("portal-header-right");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), pageTitle, right);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(pageTitle);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(UI.getCurrent().getInternals().getTitle());
    }
}
