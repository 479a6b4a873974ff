package cn.gov.legalprocurement;

import cn.gov.legalprocurement.search.EmbeddedElasticsearch;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole portal on PostgreSQL for the checks that need one ({@code TwoNodesCheck}, {@code BackupRestoreCheck}): the
 * {@code postgres} profile, the check's account ({@code portal.check.db-user}, {@code portal.check.db-password}), a
 * search node, a random port, a job executor and search outbox that poll often. The settings go as command-line
 * arguments, which (unlike default properties) outrank application.yml; {@code more} adds or overrides some.
 */
final class PostgresNode {

    private PostgresNode() {
    }

    static ConfigurableApplicationContext start(EmbeddedElasticsearch search, String url, Path dataDir,
                                                boolean demoData, Map<String, String> more) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", "0");
        settings.put("portal.data-dir", dataDir.toString());
        settings.put("portal.demo-data", String.valueOf(demoData));
        settings.put("portal.training.enabled", "true");
        settings.put("spring.datasource.url", url);
        settings.put("spring.datasource.username", System.getProperty("portal.check.db-user"));
        settings.put("spring.datasource.password", System.getProperty("portal.check.db-password"));
        settings.put("spring.elasticsearch.uris", search.url());
        settings.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
        settings.put("camunda.bpm.job-execution.max-wait", "500");
        settings.put("portal.search.outbox-interval-ms", "300");
        settings.put("spring.jmx.enabled", "false");
        settings.putAll(more);
        return new SpringApplicationBuilder(PortalApplication.class).profiles("postgres")
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
