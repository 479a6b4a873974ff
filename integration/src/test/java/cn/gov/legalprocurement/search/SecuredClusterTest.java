package cn.gov.legalprocurement.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Role;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * The portal against an Elasticsearch node with security on, set up as docs/operations.md tells an operator: a
 * role with {@code all} on {@code contracts*} and a user {@code portal} with it. The portal's own client wiring
 * ({@link SearchConfiguration#searchRestClient}, with {@code spring.elasticsearch.username} and {@code password})
 * creates the index, indexes and searches; without credentials, with a wrong password, or as a user without the
 * role, the node refuses.
 */
class SecuredClusterTest {

    static final String ROLES = """
            portal_contracts:
              cluster: ["monitor"]
              indices:
                - names: ["contracts*"]
                  privileges: ["all"]
            monitoring_only:
              cluster: ["monitor"]
            """;
    static final String PASSWORD = UUID.randomUUID().toString();

    static EmbeddedElasticsearch node;

    @BeforeAll
    static void start() throws Exception {
        node = new EmbeddedElasticsearch(Path.of("target/elasticsearch"),
                Files.createTempDirectory(Path.of("target").toAbsolutePath(), "es-secured-"), "512m")
                .withSecurity(ROLES, List.of(new EmbeddedElasticsearch.User("portal", PASSWORD, "portal_contracts"),
                        new EmbeddedElasticsearch.User("watcher", PASSWORD, "monitoring_only")));
        node.start();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.stop();
        }
    }

    /** The client exactly as the portal builds it from its settings. */
    static RestClient portalClient(String user, String password) {
        MockEnvironment settings = new MockEnvironment().withProperty(SearchConfiguration.URIS, node.url());
        if (user != null) {
            settings.withProperty("spring.elasticsearch.username", user).withProperty("spring.elasticsearch.password", password);
        }
        // no embedded node: the client is for the cluster the settings name
        return new SearchConfiguration().searchRestClient(settings,
                new StaticListableBeanFactory().getBeanProvider(EmbeddedElasticsearch.class));
    }

    @Test
    void thePortalsUserIndexesAndSearchesContracts() throws Exception {
        try (RestClient rest = portalClient("portal", PASSWORD)) {
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
            ElasticsearchContractIndex index = new ElasticsearchContractIndex(client, "contracts");
            index.index(ContractSearchTest.doc(1, "2027年度政府法律顾问服务", "为市政府提供常年法律顾问服务。", 10,
                    "浙江东湖律师事务所", "02", "法律顾问", 2027, "80000", true));
            index.refresh();
            ContractSearchService.Result found = new ContractSearchService(client, "contracts")
                    .search(new Actor("supervisor", 90, Set.of(Role.SUPERVISOR)), ContractSearchService.Query.text("法律顾问"));
            assertThat(found.rows()).extracting(ContractSearchService.Row::id).containsExactly(1L);
        }
    }

    @Test
    void withoutCredentialsWithAWrongPasswordOrWithoutTheRoleTheNodeRefuses() throws Exception {
        HttpResponse<Void> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url() + "/contracts*/_search"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(status(portalClient(null, null))).isEqualTo(401);
        assertThat(status(portalClient("portal", "wrong-" + PASSWORD))).isEqualTo(401);
        assertThat(status(portalClient("watcher", PASSWORD))).isEqualTo(403);
    }

    /** The status of a search of the contracts' indices with the given client. */
    private static int status(RestClient rest) throws Exception {
        try (rest) {
            return rest.performRequest(new Request("GET", "/contracts*/_search")).getStatusLine().getStatusCode();
        } catch (ResponseException e) {
            return e.getResponse().getStatusLine().getStatusCode();
        }
    }
}
