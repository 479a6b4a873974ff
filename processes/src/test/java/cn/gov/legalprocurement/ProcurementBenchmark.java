package cn.gov.legalprocurement;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.payment.ReleasePaymentHandler;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.workflow.ProcessModel;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole procurements through the portal's services on the engine and database of the process layer (a benchmark,
 * not a test: figures go to docs/benchmarks.md). Each procurement is an open tender from application to payment —
 * application, head's approval, budget, documents, four sealed bids and their decryption, the committee's scores,
 * the winner, the award notice, the challenge window, the contract's preparation, signatures and publication,
 * three performance reports, the acceptance, the payment's approval and release — every task completed through
 * {@code WorkTaskService} with the form its UI submits, every timer fired as the job executor would. Measures
 * procurements per second, the latency of each task completion and the SQL statements it issues (counted at the
 * data source, Camunda's and the portal's alike). Arguments: procurements (default 30), history level (default
 * full), database URL (default in-memory H2).
 */
final class ProcurementBenchmark extends ProcessTestSupport {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    /** Those of them on the engine's tables. */
    private static final AtomicLong ENGINE_STATEMENTS = new AtomicLong();
    /** Where the timed task completions go. */
    private Tally tally = new Tally();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String history = args.length > 1 ? args[1] : "full";
        String url = args.length > 2 ? args[2] : "jdbc:h2:mem:procurement-benchmark;DB_CLOSE_DELAY=-1";
        SpringApplication app = new SpringApplication(ProcessTestApplication.class);
        // as command-line arguments: they override the process layer's application.yml, default properties do not
        String[] settings = {"--spring.datasource.url=" + url, "--camunda.bpm.history-level=" + history,
                "--logging.level.root=warn", "--spring.datasource.username=" + (args.length > 3 ? args[3] : "sa"),
                "--spring.datasource.password=" + (args.length > 4 ? args[4] : "")};
        app.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds ? counting(ds) : bean;
            }
        }));
        ClockUtil.setCurrentTime(Date.from(START));
        try (ConfigurableApplicationContext context = app.run(settings)) {
            ProcurementBenchmark benchmark = new ProcurementBenchmark();
            context.getAutowireCapableBeanFactory().autowireBean(benchmark);
            AbstractAssertions.init(benchmark.engine);
            benchmark.fixtures.world();
            // the purchasing units and their accounts (hashing their passwords) are made beforehand, not timed
            List<Unit> units = new ArrayList<>();
            benchmark.at(START);
            for (int i = 0; i < n + 3; i++) {
                units.add(benchmark.fixtures.newUnit("3000000"));
            }
            String recorded = null;
            for (int i = 0; i < 3; i++) {
                recorded = benchmark.procurement(units.get(n + i));
            }
            Tally portal = new Tally();
            if (!history.equals("full")) {
                for (int i = 0; i < n; i++) {
                    Unit unit = units.get(i);
                    benchmark.tallied(portal, () -> benchmark.procurement(unit));
                }
                portal.print("portal", history);
                return;
            }
            // on full history, the recorded procurement is replayed on the bare models, turn about with the portal's
            // procurements so that both meet the same database and the same compiled code
            BareModels.deploy(benchmark.engine.getRepositoryService());
            BareProcurement bare = BareProcurement.record(benchmark.engine, recorded);
            context.getBeanFactory().registerSingleton(BareModels.DELEGATE, bare);
            for (int i = 0; i < 3; i++) {
                benchmark.bare(bare, "BARE-WARM-" + i);
                samePath(bare, "BARE-WARM-" + i);
            }
            Tally engineOnly = new Tally();
            for (int i = 0; i < n; i++) {
                Unit unit = units.get(i);
                benchmark.tallied(portal, () -> benchmark.procurement(unit));
                String key = "BARE-" + i;
                benchmark.tallied(engineOnly, () -> benchmark.bare(bare, key));
            }
            samePath(bare, "BARE-" + (n - 1));
            portal.print("portal", history);
            engineOnly.print("bare models", history);
            System.out.printf("overhead: the portal's procurement takes %.2f times the bare model's "
                    + "(%d activity instances each)%n", portal.seconds() / engineOnly.seconds(), bare.activities());
            System.out.printf("in task completions: portal %.1f s of %.1f s, bare models %.1f s of %.1f s%n",
                    portal.inTasks(), portal.seconds(), engineOnly.inTasks(), engineOnly.seconds());
            System.out.println("task: portal median, bare median (ms)");
            portal.byTask.forEach((task, nanos) -> System.out.printf("  %s: %.1f, %.1f%n", task,
                    median(nanos) / 1e6, median(engineOnly.byTask.getOrDefault(task, List.of())) / 1e6));
        } finally {
            ClockUtil.reset();
        }
    }

    /** Task completions, their latency and statements, and whole procurements of one kind. */
    private static final class Tally {
        private final List<Long> taskNanos = new ArrayList<>();
        private final List<Long> taskStatements = new ArrayList<>();
        private final java.util.Map<String, List<Long>> byTask = new java.util.TreeMap<>();
        private int procurements;
        private long nanos;
        private long statements;
        private long engineStatements;

        double seconds() {
            return nanos / 1e9;
        }

        double inTasks() {
            return taskNanos.stream().mapToLong(Long::longValue).sum() / 1e9;
        }

        /** Prints procurements per second, task latency and SQL statements. */
        void print(String what, String history) {
            List<Long> latency = new ArrayList<>(taskNanos);
            List<Long> sql = new ArrayList<>(taskStatements);
            Collections.sort(latency);
            Collections.sort(sql);
            int n = procurements;
            System.out.printf("%s: history=%s procurements=%d in %.1f s: %.2f procurements/s, %d task completions (%d "
                            + "each), task latency median %.1f ms p95 %.1f ms, SQL per task median %d p95 %d, SQL per "
                            + "procurement %d (%d on the engine's tables)%n",
                    what, history, n, seconds(), n / seconds(), latency.size(), latency.size() / n,
                    at(latency, 0.5) / 1e6, at(latency, 0.95) / 1e6, at(sql, 0.5), at(sql, 0.95), statements / n,
                    engineStatements / n);
        }
    }

    /** One procurement, its time, statements and task completions going to that tally. */
    private void tallied(Tally into, Runnable procurement) {
        tally = into;
        long statementsBefore = STATEMENTS.get();
        long engineBefore = ENGINE_STATEMENTS.get();
        long start = System.nanoTime();
        procurement.run();
        into.nanos += System.nanoTime() - start;
        into.statements += STATEMENTS.get() - statementsBefore;
        into.engineStatements += ENGINE_STATEMENTS.get() - engineBefore;
        into.procurements++;
    }

    /** The recorded procurement once on the bare models, each user task's completion timed. */
    private void bare(BareProcurement bare, String businessKey) {
        at(START);
        bare.run(businessKey, this::timed);
    }

    /** The bare run of that business key must have taken the recorded path. */
    private static void samePath(BareProcurement bare, String businessKey) {
        List<String> departures = bare.departures(businessKey);
        if (!departures.isEmpty()) {
            throw new IllegalStateException("the bare run of " + businessKey + " left the recorded path: " + departures);
        }
    }

    /** One open tender of that unit from application to payment; the clock starts again at the tests' start each time. */
    private String procurement(Unit unit) {
        at(START);
        ProcurementProject p = contractInForce(unit);
        publishContract(unit, p);
        awaitingRelease(unit, p);
        complete("finance", p, ProcessModel.Payment.TASK_RELEASE, new ReleasePaymentHandler.Form("ZF-2027-0001"));
        bidKeys.clear();
        return p.getCode();
    }

    /** Every task completion is timed, and its statements counted. */
    @Override
    protected void complete(String username, ProcurementProject p, String taskKey, Object form) {
        String id = task(username, p, taskKey).id();
        timed(taskKey, () -> tasks.complete(fixtures.actor(username), id, form));
    }

    private void timed(String taskKey, Runnable completion) {
        long statements = STATEMENTS.get();
        long start = System.nanoTime();
        completion.run();
        long nanos = System.nanoTime() - start;
        tally.taskNanos.add(nanos);
        tally.byTask.computeIfAbsent(taskKey, k -> new ArrayList<>()).add(nanos);
        tally.taskStatements.add(STATEMENTS.get() - statements);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return at(sorted, 0.5);
    }

    private static long at(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    /** A data source whose connections count the statements they prepare or create. */
    private static DataSource counting(DataSource target) {
        InvocationHandler connections = (proxy, method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof Connection connection) {
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (p, m, a) -> {
                            if (m.getName().equals("prepareStatement") || m.getName().equals("prepareCall")
                                    || m.getName().equals("createStatement")) {
                                STATEMENTS.incrementAndGet();
                                if (a != null && a.length > 0 && a[0] instanceof String sql
                                        && sql.toUpperCase(java.util.Locale.ROOT).contains("ACT_")) {
                                    ENGINE_STATEMENTS.incrementAndGet();
                                }
                            }
                            try {
                                return m.invoke(connection, a);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
            return result;
        };
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    try {
                        return connections.invoke(proxy, method, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
