package cn.gov.legalprocurement.audit;

import cn.gov.legalprocurement.ProcessTestApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Audit appends with the hash chain (a benchmark, not a test: figures go to docs/benchmarks.md), on the
 * process layer's in-memory H2 database. Measures: appends per second from one writer and from four
 * writers (each append its own transaction, as the portal writes them), how fast the chainer links a
 * backlog, appends per second end to end with four writers while the chainer runs, and verification.
 * Argument: number of events per measurement (default 20,000).
 */
final class AuditChainBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        SpringApplication app = new SpringApplication(ProcessTestApplication.class);
        // as command-line arguments: they override the process layer's application.yml, default properties do not
        try (ConfigurableApplicationContext context = app.run("--portal.audit.chain-interval-ms=3600000",
                "--spring.datasource.url=jdbc:h2:mem:audit-benchmark;DB_CLOSE_DELAY=-1", "--logging.level.root=warn")) {
            AuditLog audit = context.getBean(AuditLog.class);
            AuditChain chain = context.getBean(AuditChain.class);
            write(audit, 1, 2_000);
            chain.chainPending();

            double oneWriter = write(audit, 1, n);
            long start = System.nanoTime();
            int chained = 0;
            for (int batch; (batch = chain.chainPending()) > 0; ) {
                chained += batch;
            }
            double chainRate = chained / seconds(start);
            double fourWriters = write(audit, 4, n);
            while (chain.chainPending() > 0) {
                // the backlog of the four writers
            }

            ExecutorService chainer = Executors.newSingleThreadExecutor();
            start = System.nanoTime();
            Future<?> linking = chainer.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    if (chain.chainPending() == 0) {
                        Thread.onSpinWait();
                    }
                }
            });
            write(audit, 4, n);
            while (context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("select count(*) from audit_event where chain_seq is null", Long.class) > 0) {
                Thread.sleep(5);
            }
            double endToEnd = n / seconds(start);
            linking.cancel(true);
            chainer.shutdown();

            start = System.nanoTime();
            AuditChain.Verification v = chain.verify();
            double verifyRate = v.events() / seconds(start);
            System.out.printf("events=%d oneWriter=%.0f/s fourWriters=%.0f/s chainer=%.0f/s endToEnd(4 writers + chainer)=%.0f/s "
                    + "verify=%.0f/s intact=%s chain=%d%n", n, oneWriter, fourWriters, chainRate, endToEnd, verifyRate, v.intact(),
                    v.events());
        }
    }

    /** Appends n events from the given number of threads, each in its own transaction; returns appends per second. */
    private static double write(AuditLog audit, int threads, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            done.add(pool.submit(() -> {
                for (int i = writer; i < n; i += threads) {
                    audit.record("benchmark-" + writer, "benchmark.event", "Benchmark", i, null,
                            Map.of("n", i, "text", "履约报告第 " + i + " 期，办结案件 12 件"));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return n / seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
