package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.audit.AuditEvent;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.search.EmbeddedElasticsearch;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal nodes on one PostgreSQL, as a scaled-out deployment runs them: two whole portals (web on two ports,
 * a process engine and a job executor each) on the same database and one search node. A procurement applied for
 * on node A is carried by node B from the application's approval to the payment; while both run, the job
 * executors of both fire the timers (bid openings, period ends) and each job runs exactly once (the engine's job
 * log, and the portal's own audit trail, count them); node A is stopped in the middle and node B carries on.
 * The nodes run in one JVM (one Spring context each) so that the engine's clock, which the walk moves past each
 * deadline, is the same for both, as the real clock is for two machines.
 *
 * Not run by the test command: it needs PostgreSQL. {@code scripts/two-nodes-check.sh} installs and starts
 * Debian's PostgreSQL, creates a database and runs this check against it.
 */
class TwoNodesCheck {

    static EmbeddedElasticsearch search;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static Path dataA;
    static Path dataB;

    @BeforeAll
    static void start() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        search = new EmbeddedElasticsearch(Path.of("target/elasticsearch"), Files.createTempDirectory(target, "two-nodes-es-"), "512m");
        search.start();
        dataA = Files.createTempDirectory(target, "node-a-");
        dataB = Files.createTempDirectory(target, "node-b-");
        // node A loads the demo data into the empty database (its users, units, providers and experts)
        a = node("nodeA", dataA, true);
        // every node signs audit checkpoints with the portal's one key: node B gets node A's, as an operator copies it
        Files.copy(dataA.resolve("audit-signing.key"), dataB.resolve("audit-signing.key"));
        b = node("nodeB", dataB, false);
    }

    /** A node with its own engine name (and so its own job executor's lock owner). */
    static ConfigurableApplicationContext node(String name, Path dataDir, boolean demoData) {
        return PostgresNode.start(search, System.getProperty("portal.check.db-url"), dataDir, demoData,
                Map.of("camunda.bpm.process-engine-name", name));
    }

    @AfterAll
    static void stop() {
        ClockUtil.reset();
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (search != null) {
            search.stop();
        }
    }

    @Test
    void aProcurementStartedOnNodeAIsCarriedToPaymentByNodeBAndEveryJobRunsOnce() throws Exception {
        assertThat(health(a)).isEqualTo(200);
        assertThat(health(b)).isEqualTo(200);
        ProcurementWalk.Purchase purchase = new ProcurementWalk(a).apply();
        ProcurementProject p = purchase.project();
        ProcurementWalk onB = new ProcurementWalk(b);
        ProcurementWalk.Award award = onB.tenderToAward(purchase);

        // node A goes away in the middle of the procurement; node B signs, and its job executor ends the period
        String hostA = hostname(a);
        a.close();
        onB.contract(purchase, award);
        onB.performanceToPayment(purchase, award);

        HistoryService history = b.getBean(HistoryService.class);
        List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(p.getCode()).list()
                .stream().map(i -> i.getId()).toList();
        List<HistoricJobLog> done = instances.stream()
                .flatMap(id -> history.createHistoricJobLogQuery().processInstanceId(id).successLog().list().stream()).toList();
        Map<String, Long> runsPerJob = done.stream().collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
        assertThat(runsPerJob).as("jobs of the procurement").hasSizeGreaterThanOrEqualTo(5);
        assertThat(runsPerJob.values()).as("runs of each job").containsOnly(1L);
        Map<String, Long> perNode = done.stream().collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
        System.out.println("Jobs of " + p.getCode() + " run per node: " + perNode);
        assertThat(perNode).as("after node A stopped, node B ran the period's end").containsKey(hostname(b));
        // the portal's own record: each round opened once
        List<String> actions = b.getBean(AuditLog.class).trail(ProcurementProject.class, p.getId()).stream()
                .map(AuditEvent::getAction).toList();
        assertThat(actions.stream().filter("tender.opening-started"::equals)).hasSize(2);
        assertThat(actions.stream().filter("tender.opened"::equals)).hasSize(2);
        assertThat(b.getBean(cn.gov.legalprocurement.project.ProjectService.class).project(p.getId()).getStage())
                .isEqualTo(ProjectStage.CLOSED);

        // a job holds its lock far longer than any step of the procurement takes
        long lockMillis = ((ProcessEngineConfigurationImpl) b.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor().getLockTimeInMillis();
        long longest = instances.stream().flatMap(id -> history.createHistoricActivityInstanceQuery().processInstanceId(id)
                        .finished().list().stream())
                .filter(i -> Set.of("serviceTask", "businessRuleTask", "scriptTask", "sendTask").contains(i.getActivityType()))
                .map(HistoricActivityInstance::getDurationInMillis).filter(d -> d != null).max(Long::compare).orElseThrow();
        System.out.println("Job lock " + lockMillis + " ms; longest step " + longest + " ms; node A was " + hostA);
        assertThat(longest * 10).as("longest step, ms, ten times").isLessThan(lockMillis);
    }

    private static int health(ConfigurableApplicationContext node) throws Exception {
        String port = node.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String hostname(ConfigurableApplicationContext node) {
        return ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration()).getHostname();
    }
}
