package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.contract.ContractRepository;
import cn.gov.legalprocurement.shared.PortalProperties;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;

/**
 * Search wiring: the embedded node unless {@code spring.elasticsearch.uris} names a cluster, one
 * client (closed on shutdown: it keeps non-daemon threads), the contracts index and its search.
 */
@Configuration
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    static final String URIS = "spring.elasticsearch.uris";

    /** The embedded node, started in the background: the rest of the portal starts meanwhile. */
    @Bean(initMethod = "launch", destroyMethod = "stop")
    @ConditionalOnProperty(name = URIS, havingValue = "embedded", matchIfMissing = true)
    EmbeddedElasticsearch embeddedElasticsearch(SearchProperties search, PortalProperties portal) {
        return new EmbeddedElasticsearch(search.distribution(), portal.dataDir().resolve("elasticsearch"), search.heap());
    }

    @Bean(destroyMethod = "close")
    RestClient searchRestClient(Environment environment, ObjectProvider<EmbeddedElasticsearch> embedded) {
        String uris = environment.getProperty(URIS, "embedded");
        HttpHost[] hosts = "embedded".equals(uris) ? new HttpHost[]{HttpHost.create(embedded.getObject().url())}
                : Arrays.stream(uris.split(",")).map(String::strip).map(HttpHost::create).toArray(HttpHost[]::new);
        var builder = RestClient.builder(hosts);
        // a cluster with security on (the production set-up): HTTPS in the URIs, the JVM's trust store for
        // its certificate, and the portal's own user, as Spring Boot names these settings
        String user = environment.getProperty("spring.elasticsearch.username");
        if (user != null && !user.isBlank()) {
            String password = environment.getProperty("spring.elasticsearch.password", "");
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization",
                    "Basic " + HttpHeaders.encodeBasicAuth(user, password, StandardCharsets.UTF_8))});
        }
        return builder.build();
    }

    /** The client for indexing and search; with the embedded node, each request first waits for the node to be up. */
    @Bean
    ElasticsearchClient elasticsearchClient(RestClient searchRestClient, ObjectProvider<EmbeddedElasticsearch> embedded) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ElasticsearchTransport transport = new RestClientTransport(searchRestClient, new JacksonJsonpMapper(json));
        EmbeddedElasticsearch node = embedded.getIfAvailable();
        return new ElasticsearchClient(node == null ? transport : new AwaitingTransport(transport, node::awaitReady));
    }

    @Bean
    ElasticsearchContractIndex contractIndex(ElasticsearchClient client, SearchProperties search) {
        return new ElasticsearchContractIndex(client, search.alias());
    }

    @Bean
    ContractSearchService contractSearchService(ElasticsearchClient client, SearchProperties search) {
        return new ContractSearchService(client, search.alias());
    }

    @Bean
    SearchReindexer searchReindexer(ElasticsearchClient client, ElasticsearchContractIndex index,
                                    ContractRepository contracts, ContractSearchDocuments documents) {
        return new SearchReindexer(client, index, contracts, documents);
    }

    /**
     * {@code --portal.search.reindex-on-start=true}: rebuild the index from the database, then carry on. An index of an
     * earlier mapping version is rebuilt too, in the background once the search node answers (searches meanwhile use
     * the old index, which the rebuild replaces in one step).
     */
    @Bean
    ApplicationRunner reindexOnStart(SearchReindexer reindexer, ElasticsearchContractIndex index, Environment environment) {
        return args -> {
            if (environment.getProperty("portal.search.reindex-on-start", Boolean.class, false)) {
                reindexer.reindex();
                return;
            }
            Thread upgrade = new Thread(() -> {
                try {
                    if (index.outdated()) {
                        reindexer.reindex();
                    }
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(SearchConfiguration.class).warn("The contracts index was not rebuilt for its new mapping", e);
                }
            }, "search-index-upgrade");
            upgrade.setDaemon(true);
            upgrade.start();
        };
    }
}
