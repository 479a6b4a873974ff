package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web front door of the running portal over real HTTP: security headers, login CSRF refused,
 * refusals that do not tell whether an account exists, the private data directory and no database
 * server listening.
 */
class FrontDoorTest extends RunningPortal {

    @LocalServerPort
    int port;
    @Value("${portal.data-dir}")
    String dataDir;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'", "form-action 'self'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        assertThat(login("provider6", "Demo-2026!", "https://attacker.example").statusCode()).isEqualTo(403);
        assertThat(login("provider6", "Demo-2026!", null).statusCode()).as("no origin at all").isEqualTo(403);
        HttpResponse<String> own = login("provider6", "Demo-2026!", "http://localhost:" + port);
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void aWrongPasswordReadsTheSameForAnAccountThatExistsAndOneThatDoesNot() throws Exception {
        String own = "http://localhost:" + port;
        HttpResponse<String> existing = login("expert9", "wrong-password", own);
        HttpResponse<String> missing = login("nobody-of-that-name", "wrong-password", own);
        assertThat(existing.statusCode()).isEqualTo(302);
        assertThat(missing.statusCode()).isEqualTo(302);
        assertThat(existing.headers().firstValue("Location")).isEqualTo(missing.headers().firstValue("Location"));
        assertThat(existing.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void theDataDirectoryIsThePortalsAloneAndNoDatabaseServerListens() throws Exception {
        assertThat(Files.getPosixFilePermissions(Path.of(dataDir))).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        // H2 runs embedded: no lock file announcing a TCP server, no server port in it
        try (var files = Files.list(Path.of(dataDir))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".lock.db"));
        }
    }

    private HttpResponse<String> login(String username, String password, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
