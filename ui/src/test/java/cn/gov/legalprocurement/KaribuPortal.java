package cn.gov.legalprocurement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import cn.gov.legalprocurement.portal.errors.AccessDeniedView;
import cn.gov.legalprocurement.portal.errors.InternalErrorView;
import cn.gov.legalprocurement.portal.errors.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import cn.gov.legalprocurement.user.UserDirectory;

/**
 * Karibu-Testing on the running portal: the views are built server-side, in this JVM, with the real
 * services, database, engine and Elasticsearch behind them; a user is logged in as Spring Security's
 * filter would log them in.
 */
abstract class KaribuPortal extends RunningPortal {

    static Routes routes;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserDirectory users;
    /** The portal's views, found the way Spring finds them (Karibu's own class scan misses them here). */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() throws ClassNotFoundException {
        routes = new Routes().autoDiscoverViews("cn.gov.legalprocurement");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("cn.gov.legalprocurement")) {
            routes.getRoutes().add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
        }
        routes.getErrorRoutes().addAll(List.of(NotFoundView.class, AccessDeniedView.class, InternalErrorView.class));
        assertThat(routes.getRoutes()).hasSizeGreaterThan(10);
    }

    @AfterEach
    void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    void loginAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // what Spring Security's filter would do for a real request: the principal and its roles
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /** A visitor who has not logged in. */
    void visitAnonymously() {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** All text of the page shown (the route's view inside its layouts). */
    static String pageText() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .map(target -> target.getElement().getTextRecursively()).collect(Collectors.joining("\n"));
    }

    /** The menu of the portal's shell, as seen on the dashboard. */
    static Set<String> menu() {
        navigate("dashboard");
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).collect(Collectors.toSet());
    }

    /** Navigation is stopped by the role check (@RolesAllowed), before the view is built. */
    static void assertRefused(String location) {
        try {
            navigate(location);
        } catch (RuntimeException | AssertionError refused) {
            assertThat(refused).hasStackTraceContaining("AccessDeniedException");
            return;
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).first()
                .isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        assertThat(pageText()).contains("没有这个页面，或者您的角色无权打开它").doesNotContain("Exception", "route");
    }

    static boolean present(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }
}
