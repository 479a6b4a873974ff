package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.audit.AuditChain;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.search.ElasticsearchContractIndex;
import cn.gov.legalprocurement.search.EmbeddedElasticsearch;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The backup of docs/operations.md, made and restored as an operator does it: a portal on PostgreSQL holds the demo
 * data and a procurement stopped after its award (sealed bids opened, scores, the award notice); it is stopped, its
 * database dumped with {@code pg_dump --format=custom} and restored with {@code pg_restore} into another, empty
 * database, and a portal started on the restored database (with the data directory's {@code audit-signing.key}
 * only, and an empty search index rebuilt from the database). The restored portal must hold every row of every
 * table, an intact audit chain, every stored document with its hash, and a search index of the same contracts — and
 * it must carry the procurement on from where the backup left it, through the contract to the payment.
 *
 * Not run by the test command: it needs PostgreSQL. {@code scripts/backup-check.sh} installs and starts Debian's
 * PostgreSQL, creates the two databases and runs this check.
 */
class BackupRestoreCheck {

    static EmbeddedElasticsearch search;
    static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeAll
    static void startSearch() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        search = new EmbeddedElasticsearch(Path.of("target/elasticsearch"), Files.createTempDirectory(target, "backup-es-"), "512m");
        search.start();
    }

    @AfterAll
    static void stop() {
        ClockUtil.reset();
        nodes.forEach(node -> {
            if (node.isActive()) {
                node.close();
            }
        });
        if (search != null) {
            search.stop();
        }
    }

    static ConfigurableApplicationContext node(String url, Path dataDir, boolean demoData, boolean reindex) {
        ConfigurableApplicationContext node = PostgresNode.start(search, url, dataDir, demoData,
                Map.of("portal.search.reindex-on-start", String.valueOf(reindex)));
        nodes.add(node);
        return node;
    }

    @Test
    void aRestoredDumpHoldsEverythingAndCarriesTheProcurementOnToPayment() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path data = Files.createTempDirectory(target, "backup-data-");
        String url = System.getProperty("portal.check.db-url");
        String restoredUrl = System.getProperty("portal.check.restored-db-url");

        ConfigurableApplicationContext original = node(url, data, true, false);
        ProcurementWalk.Purchase purchase = new ProcurementWalk(original).apply();
        ProcurementWalk.Award award = new ProcurementWalk(original).tenderToAward(purchase);
        awaitIndexed(original);
        Backup before = Backup.of(original);
        original.close();
        // the rows as the stopped portal left them (the engine writes its metrics as it stops)
        Map<String, Long> rows = rows(url);
        assertThat(rows).as("tables of the original database").hasSizeGreaterThan(40);
        assertThat(before.documents()).as("documents of the original").isPositive();
        assertThat(before.contracts()).as("contracts in the search index").isPositive();

        // as docs/operations.md#backup-and-restore gives them
        Path dump = target.resolve("portal-backup.dump");
        run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + libpq(url));
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restoredUrl), dump.toString());
        Path restoredData = Files.createTempDirectory(target, "restored-data-");
        Files.copy(data.resolve("audit-signing.key"), restoredData.resolve("audit-signing.key"));
        assertThat(rows(restoredUrl)).as("rows per table after the restore").isEqualTo(rows);
        for (String index : indices()) {
            delete(index);
        }

        ConfigurableApplicationContext restored = node(restoredUrl, restoredData, false, true);
        Backup after = Backup.of(restored);
        assertThat(after.chainLength()).isEqualTo(before.chainLength());
        assertThat(after.documents()).isEqualTo(before.documents());
        assertThat(after.contracts()).as("contracts in the rebuilt search index").isEqualTo(before.contracts());

        // the restored portal carries the procurement on, and takes new ones (its sequences came back too)
        ProcurementWalk onRestored = new ProcurementWalk(restored);
        onRestored.contract(purchase, award);
        onRestored.performanceToPayment(purchase, award);
        assertThat(restored.getBean(ProjectService.class).project(purchase.project().getId()).getStage())
                .isEqualTo(ProjectStage.CLOSED);
        assertThat(onRestored.apply().project().getId()).isGreaterThan(purchase.project().getId());
        System.out.println("Backup restored: " + rows.size() + " tables, "
                + rows.values().stream().mapToLong(Long::longValue).sum() + " rows, audit chain of "
                + before.chainLength() + " events, " + before.documents() + " documents, " + before.contracts()
                + " contracts in the search index; the procurement carried on to payment");
    }

    /** Waits (30 s at most) until the search outbox has shipped every contract of the database to the index. */
    static void awaitIndexed(ConfigurableApplicationContext node) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(node.getBean(DataSource.class));
        String alias = node.getBean(ElasticsearchContractIndex.class).alias();
        long deadline = System.currentTimeMillis() + 30_000;
        while (jdbc.queryForObject("select count(*) from search_outbox", Long.class) > 0
                || count(alias) != jdbc.queryForObject("select count(*) from contract", Long.class)) {
            assertThat(System.currentTimeMillis()).as("the outbox ships every contract").isLessThan(deadline);
            Thread.sleep(300);
        }
    }

    /** The rows of every table of that database. */
    static Map<String, Long> rows(String url) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, System.getProperty("portal.check.db-user"),
                System.getProperty("portal.check.db-password")));
        Map<String, Long> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class)) {
            rows.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        return rows;
    }

    /** What a running portal must show of a backup: its audit chain, its documents, its search index. */
    record Backup(long chainLength, long documents, long contracts) {

        static Backup of(ConfigurableApplicationContext node) throws Exception {
            JdbcTemplate jdbc = new JdbcTemplate(node.getBean(DataSource.class));
            var chain = node.getBean(AuditChain.class).verify();
            assertThat(chain.intact()).as("audit chain: " + chain).isTrue();
            DocumentArchive archive = node.getBean(DocumentArchive.class);
            List<Long> documents = jdbc.queryForList("select id from stored_document", Long.class);
            assertThat(documents).as("documents whose content matches their SHA-256")
                    .allMatch(archive::verify);
            return new Backup(chain.events(), documents.size(),
                    count(node.getBean(ElasticsearchContractIndex.class).alias()));
        }
    }

    /** The JDBC URL as libpq's connection URI, with the check's account. */
    static String libpq(String jdbcUrl) {
        Matcher m = Pattern.compile("jdbc:postgresql://([^/]+)/(.+)").matcher(jdbcUrl);
        assertThat(m.matches()).as(jdbcUrl).isTrue();
        return "postgresql://" + System.getProperty("portal.check.db-user") + "@" + m.group(1) + "/" + m.group(2);
    }

    static void run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("PGPASSWORD", System.getProperty("portal.check.db-password"));
        int exit = builder.start().waitFor();
        assertThat(exit).as(String.join(" ", command)).isZero();
    }

    static long count(String alias) throws Exception {
        send("POST", "/" + alias + "/_refresh");
        String body = send("GET", "/" + alias + "/_count");
        Matcher m = Pattern.compile("\"count\":(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    static List<String> indices() throws Exception {
        return send("GET", "/_cat/indices?h=index").lines().map(String::strip).filter(s -> !s.isEmpty())
                .filter(s -> !s.startsWith(".")).toList();
    }

    static void delete(String index) throws Exception {
        send("DELETE", "/" + index);
    }

    static String send(String method, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(search.url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
        return response.body();
    }
}
