package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authorization matrix of docs/security.md, walked whole: every role (as its demo user) and the
 * anonymous visitor against every page, then against the engine's REST API and Camunda's webapps over
 * HTTP, and object ids of someone else's data in addresses. Exactly the allowed cells succeed.
 */
class AuthorizationMatrixTest extends KaribuPortal {

    /** The demo user who holds each role alone; null is the visitor who has not logged in. */
    static final List<String> USERS = java.util.Arrays.asList(null, "purchaser", "head", "finance", "justice", "provider1",
            "expert1", "supervisor", "admin");

    static final Set<String> ALL = Set.of("purchaser", "head", "finance", "justice", "provider1", "expert1", "supervisor",
            "admin");

    /** page → who may open it (besides: the public pages are for everyone, the anonymous visitor included). */
    static final Map<String, Set<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("dashboard", ALL);
        PAGES.put("tasks", Set.of("purchaser", "head", "finance", "justice", "provider1", "expert1", "admin"));
        PAGES.put("purchases/new", Set.of("purchaser"));
        PAGES.put("projects", Set.of("purchaser", "head", "finance", "justice", "supervisor", "admin"));
        PAGES.put("tenders", Set.of("provider1"));
        PAGES.put("bids", Set.of("provider1"));
        PAGES.put("contracts", Set.of("purchaser", "head", "finance", "justice", "provider1", "supervisor", "admin"));
        PAGES.put("search", Set.of("finance", "justice", "supervisor", "admin"));
        PAGES.put("budget", Set.of("purchaser", "head", "finance", "supervisor", "admin"));
        PAGES.put("catalogue", Set.of("purchaser", "head", "finance", "justice", "supervisor", "admin"));
        PAGES.put("providers", Set.of("finance", "justice", "supervisor", "admin"));
        PAGES.put("rules", Set.of("finance", "justice", "supervisor", "admin"));
        PAGES.put("audit", Set.of("supervisor", "admin"));
    }

    static final List<String> PUBLIC_PAGES = List.of("", "public/contracts", "public/audit", "register", "login");

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    ContractService contracts;

    @Test
    void everyRoleOpensExactlyThePagesOfTheMatrix() {
        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            for (Map.Entry<String, Set<String>> page : PAGES.entrySet()) {
                boolean expected = user != null && page.getValue().contains(user);
                if (opens(user, page.getKey()) != expected) {
                    wrong.add((user == null ? "anonymous" : user) + " → /" + page.getKey() + (expected ? " refused" : " opened"));
                }
            }
            for (String page : PUBLIC_PAGES) {
                if (!opens(user, page)) {
                    wrong.add((user == null ? "anonymous" : user) + " → /" + page + " refused");
                }
            }
        }
        assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
    }

    @Test
    void objectIdsOfSomeoneElsesDataShowNothingOfIt() {
        ProcurementProject aidCentres = projects.visibleTo(users.actor("purchaser")).get(0);
        loginAs("purchaser-danghu");
        navigate("projects/" + aidCentres.getCode());
        assertThat(pageText()).doesNotContain(aidCentres.getTitle());
        logout();

        Contract inForce = contracts.visibleTo(users.actor("supervisor")).stream()
                .filter(c -> c.getPurchaserSignedAt() != null).findFirst().orElseThrow();
        String stranger = List.of("provider1", "provider2", "provider3", "provider4", "provider5", "provider6").stream()
                .filter(u -> users.actor(u).organisationId() != inForce.getProviderId()).findFirst().orElseThrow();
        loginAs(stranger);
        navigate("contracts/" + inForce.getId());
        assertThat(pageText()).doesNotContain(inForce.getCode());
        logout();

        // an expert sits on no committee in the demo: no project is theirs to read
        loginAs("expert1");
        assertRefused("projects/" + aidCentres.getCode());
    }

    @Test
    void theEnginesApiAndCamundasWebappsAreForTheAdministratorOnly() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String user : USERS) {
            HttpRequest.Builder rest = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/process-instance/count"));
            if (user != null) {
                rest.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":Demo-2026!").getBytes(StandardCharsets.UTF_8)));
            }
            int status = http.send(rest.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as("engine REST for " + user).isEqualTo(user == null ? 401 : "admin".equals(user) ? 200 : 403);
        }
        // the webapps without a session: to the portal's login; with another role's session: refused
        URI cockpit = URI.create("http://localhost:" + port + "/camunda/app/cockpit/");
        assertThat(http.send(HttpRequest.newBuilder(cockpit).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(302);
        for (String user : List.of("purchaser", "finance", "supervisor", "provider1")) {
            assertThat(loggedIn(user).send(HttpRequest.newBuilder(cockpit).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as("Cockpit for " + user).isEqualTo(403);
        }
    }

    /** The administrator, logged in at the portal, loads Cockpit's dashboard and its calls to the engine. */
    @Test
    void theAdministratorLoadsCockpitBehindThePortalsLogin() throws Exception {
        HttpClient admin = loggedIn("admin");
        HttpResponse<String> page = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/app/cockpit/default/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.headers().map().toString()).isEqualTo(200);
        assertThat(page.body()).contains("<base href=\"/camunda/app/cockpit/");
        HttpResponse<String> user = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/api/admin/auth/user/default")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"", "cockpit");
        HttpResponse<String> definitions = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/api/engine/engine/default/process-definition/count")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).matches("\\{\"count\":[1-9][0-9]*\\}");
    }

    /** A client with the session of the user, logged in through the portal's login form. */
    private HttpClient loggedIn(String user) throws Exception {
        HttpClient session = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<Void> login = session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=Demo-2026!")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).as("login of " + user).hasValueSatisfying(l ->
                assertThat(l).doesNotContain("error"));
        return session;
    }

    /** Whether the user (null: anonymous) is shown the page's own view, not the login page or a refusal. */
    private boolean opens(String user, String page) {
        if (user == null) {
            visitAnonymously();
        } else {
            loginAs(user);
        }
        try {
            navigate(page);
            List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            if (chain.isEmpty()) {
                return false;
            }
            Class<?> shown = chain.get(0).getClass();
            Class<? extends Component> target = com.vaadin.flow.router.RouteConfiguration.forApplicationScope()
                    .getRoute(page).orElse(null);
            return target != null && target.isAssignableFrom(shown);
        } catch (RuntimeException | AssertionError refused) {
            return false;
        } finally {
            logout();
        }
    }
}
