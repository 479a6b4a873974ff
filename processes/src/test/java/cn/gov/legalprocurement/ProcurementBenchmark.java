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
    private final List<Long> taskNanos = new ArrayList<>();
    private final List<Long> taskStatements = new ArrayList<>();

    public static void main(String[] args) {
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
            for (int i = 0; i < 3; i++) {
                benchmark.procurement();
            }
            benchmark.taskNanos.clear();
            benchmark.taskStatements.clear();
            long statementsBefore = STATEMENTS.get();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                benchmark.procurement();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long statements = STATEMENTS.get() - statementsBefore;
            List<Long> nanos = new ArrayList<>(benchmark.taskNanos);
            List<Long> sql = new ArrayList<>(benchmark.taskStatements);
            Collections.sort(nanos);
            Collections.sort(sql);
            System.out.printf("history=%s procurements=%d in %.1f s: %.2f procurements/s, %d task completions (%d each), "
                            + "task latency median %.1f ms p95 %.1f ms, SQL per task median %d p95 %d, SQL per procurement %d%n",
                    history, n, seconds, n / seconds, nanos.size(), nanos.size() / n, at(nanos, 0.5) / 1e6, at(nanos, 0.95) / 1e6,
                    at(sql, 0.5), at(sql, 0.95), statements / n);
        } finally {
            ClockUtil.reset();
        }
    }

    /** One open tender from application to payment; the clock starts again at the tests' start each time. */
    private void procurement() {
        at(START);
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        publishContract(unit, p);
        awaitingRelease(unit, p);
        complete("finance", p, ProcessModel.Payment.TASK_RELEASE, new ReleasePaymentHandler.Form("ZF-2027-0001"));
        bidKeys.clear();
    }

    /** Every task completion is timed, and its statements counted. */
    @Override
    protected void complete(String username, ProcurementProject p, String taskKey, Object form) {
        String id = task(username, p, taskKey).id();
        long statements = STATEMENTS.get();
        long start = System.nanoTime();
        tasks.complete(fixtures.actor(username), id, form);
        taskNanos.add(System.nanoTime() - start);
        taskStatements.add(STATEMENTS.get() - statements);
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
