package cn.gov.legalprocurement.portal;

import static cn.gov.legalprocurement.shared.Role.ADMIN;
import static cn.gov.legalprocurement.shared.Role.FINANCE;
import static cn.gov.legalprocurement.shared.Role.JUSTICE;
import static cn.gov.legalprocurement.shared.Role.PROVIDER;
import static cn.gov.legalprocurement.shared.Role.PURCHASER;
import static cn.gov.legalprocurement.shared.Role.PURCHASER_HEAD;
import static cn.gov.legalprocurement.shared.Role.SUPERVISOR;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The frame of every page behind the login: a menu that shows only what the user's roles may use,
 * the notification centre, the language switch and the user's name with a logout.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** A menu entry: the route, its label key, its icon and the roles that see it (empty: everyone). */
    record Entry(String path, String labelKey, VaadinIcon icon, Set<Role> roles) {
    }

    static final List<Entry> MENU = List.of(
            new Entry("dashboard", "menu.dashboard", VaadinIcon.DASHBOARD, Set.of()),
            new Entry("tasks", "menu.tasks", VaadinIcon.TASKS, EnumSet.complementOf(EnumSet.of(SUPERVISOR))),
            new Entry("purchases/new", "menu.start-purchase", VaadinIcon.PLUS_CIRCLE, Set.of(PURCHASER)),
            new Entry("projects", "menu.projects", VaadinIcon.FOLDER_OPEN,
                    Set.of(PURCHASER, PURCHASER_HEAD, FINANCE, JUSTICE, SUPERVISOR, ADMIN)),
            new Entry("tenders", "menu.tenders", VaadinIcon.GAVEL, Set.of(PROVIDER)),
            new Entry("bids", "menu.bids", VaadinIcon.ENVELOPE, Set.of(PROVIDER)),
            new Entry("contracts", "menu.contracts", VaadinIcon.FILE_TEXT,
                    Set.of(PURCHASER, PURCHASER_HEAD, PROVIDER, FINANCE, JUSTICE, SUPERVISOR, ADMIN)),
            new Entry("search", "menu.search", VaadinIcon.SEARCH, Set.of(SUPERVISOR, FINANCE, JUSTICE, ADMIN)),
            new Entry("budget", "menu.budget", VaadinIcon.WALLET, Set.of(PURCHASER, PURCHASER_HEAD, FINANCE, SUPERVISOR, ADMIN)),
            new Entry("catalogue", "menu.catalogue", VaadinIcon.BOOK,
                    Set.of(PURCHASER, PURCHASER_HEAD, FINANCE, JUSTICE, SUPERVISOR, ADMIN)),
            new Entry("providers", "menu.providers", VaadinIcon.INSTITUTION, Set.of(JUSTICE, FINANCE, SUPERVISOR, ADMIN)),
            new Entry("rules", "menu.rules", VaadinIcon.SCALE, Set.of(FINANCE, JUSTICE, SUPERVISOR, ADMIN)),
            new Entry("", "menu.public", VaadinIcon.MEGAPHONE, Set.of()));

    private final Span pageTitle = new Span();

    public MainLayout(CurrentUser user, NotificationBell bell) {
        Actor actor = user.actor();
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("portal-brand");
        SideNav nav = new SideNav();
        for (Entry entry : MENU) {
            if (entry.roles().isEmpty() || entry.roles().stream().anyMatch(actor::has)) {
                nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.path(), entry.icon().create()));
            }
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
