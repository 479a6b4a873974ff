package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operators' endpoints of the running portal over HTTP: health status for anyone (a load balancer),
 * its details, info and the Prometheus metrics for the administrator only.
 */
class OperationsEndpointsTest extends RunningPortal {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":Demo-2026!").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anyoneReadsTheHealthStatusAndNothingMore() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(probe, null);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(health.body()).as(probe).startsWith("{\"status\":\"UP\"").doesNotContain("components", "details");
        }
        assertThat(get("/actuator/health", "supervisor").body()).doesNotContain("components");
        assertThat(get("/actuator/health/db", null).statusCode()).isEqualTo(401);
        for (String path : new String[] {"/actuator/prometheus",
                "/actuator/info", "/actuator/metrics"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, "supervisor").statusCode()).as(path + " for a supervisor").isEqualTo(403);
        }
    }

    @Test
    void theAdministratorReadsEveryComponentsHealthAndTheMetrics() throws Exception {
        HttpResponse<String> operations = get("/actuator/health", "admin");
        assertThat(operations.statusCode()).as(operations.headers().map().toString()).isEqualTo(200);
        String health = operations.body();
        assertThat(health).contains("\"db\"", "\"elasticsearch\"", "\"processEngine\"", "\"searchOutbox\"",
                "\"jobExecutor\":\"running\"", "\"pending\"", "\"workingCalendar\"", "\"nextYearCovered\":true");
        HttpResponse<String> metrics = get("/actuator/prometheus", "admin");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("portal_search_outbox_backlog", "portal_search_seconds", "jvm_memory_used_bytes",
                "http_server_requests_seconds");
        // the demo data completed tasks through the portal's service at start-up
        assertThat(metrics.body()).containsPattern("portal_tasks_completed_total\\{task=\"[A-Za-z_]+\"\\} [1-9]");
        assertThat(metrics.body()).doesNotContain("portal_bids_sealed");
        assertThat(get("/actuator/info", "admin").body()).contains("政府购买法律服务");
    }
}
