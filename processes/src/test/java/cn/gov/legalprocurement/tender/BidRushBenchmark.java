package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.Fixtures;
import cn.gov.legalprocurement.ProcessTestApplication;
import cn.gov.legalprocurement.ProcessTestSupport;
import cn.gov.legalprocurement.budget.FinanceReviewBudgetHandler;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.organisation.ProviderType;
import cn.gov.legalprocurement.organisation.SmeSize;
import cn.gov.legalprocurement.project.ApplicationDecision;
import cn.gov.legalprocurement.project.ApproveApplicationHandler;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.setup.SetupService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bid deadline rush (a benchmark, not a test: figures go to docs/benchmarks.md). Twenty open tenders share one
 * deadline; a hundred provider clients, each on its own thread, submit one sealed bid to every tender at a random
 * moment of the last {@code window} seconds before the deadline or of the {@code late} seconds after it, through
 * {@link BidService#submitBid} on the engine, services and database of the process layer, with the job executor
 * running (the opening starts at the deadline while late bids arrive). Sealing is the browser's work and is done
 * before the clock starts. Checks afterwards, in the database: every accepted bid is stored, none is stored with a
 * receipt at or after its tender's deadline, and every refusal is the deadline's.
 * Arguments: tenders (20), clients (100), window seconds (60), late seconds (5), database URL (in-memory H2), nodes
 * (1; with 2, a second process layer — engine, job executor, services — starts on the same database in this JVM, and
 * the clients take turns between the nodes, as a load balancer spreads them; both job executors open the tenders).
 */
final class BidRushBenchmark {

    private record Submission(int client, int tender, long atMillis, SealedBid sealed) {
    }

    private record Outcome(Submission submission, long startedAt, long nanos, String refusal) {
    }

    public static void main(String[] args) throws Exception {
        int tenders = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int window = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int late = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String url = args.length > 4 ? args[4] : "jdbc:h2:mem:bid-rush;DB_CLOSE_DELAY=-1";
        int nodes = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        Instant start = LocalDateTime.of(2026, 12, 1, 9, 0).atZone(PortalClock.ZONE).toInstant();
        ClockUtil.setCurrentTime(Date.from(start));
        try (ConfigurableApplicationContext context = node(url, "nodeA");
             ConfigurableApplicationContext second = nodes > 1 ? node(url, "nodeB") : null) {
            Fixtures fixtures = context.getBean(Fixtures.class).world();
            List<Actor> providers = providers(context, clients);
            List<ProcurementProject> open = new ArrayList<>();
            for (int t = 0; t < tenders; t++) {
                open.add(openTender(context, fixtures, t));
            }
            Instant deadline = open.get(0).getBidDeadline();
            if (open.stream().anyMatch(p -> !p.getBidDeadline().equals(deadline))) {
                throw new IllegalStateException("the tenders do not share one deadline");
            }

            Random random = new Random(42);
            List<List<Submission>> schedule = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<Submission> mine = new ArrayList<>();
                for (int t = 0; t < tenders; t++) {
                    long at = (long) (random.nextDouble() * (window + late) * 1000);
                    SealedBid sealed = BidEnvelope.seal(new BidEnvelope.Plain(String.valueOf(1_500_000 + random.nextInt(500_000)),
                            "组建专业团队，设立 12348 热线对接机制，服务方案第 " + c + " 号。", List.of()), BidEnvelope.newKey());
                    mine.add(new Submission(c, t, at, sealed));
                }
                mine.sort((a, b) -> Long.compare(a.atMillis(), b.atMillis()));
                schedule.add(mine);
            }

            // from here the engine's clock runs in real time, {@code window} seconds before the deadline
            long zero = System.currentTimeMillis() + 2_000;
            ClockUtil.reset();
            ClockUtil.offset(deadline.toEpochMilli() - window * 1000L - zero);
            List<BidService> biddingOn = second == null ? List.of(context.getBean(BidService.class))
                    : List.of(context.getBean(BidService.class), second.getBean(BidService.class));
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            CountDownLatch done = new CountDownLatch(clients);
            for (int c = 0; c < clients; c++) {
                List<Submission> mine = schedule.get(c);
                Actor actor = providers.get(c);
                BidService bidding = biddingOn.get(c % biddingOn.size());
                pool.submit(() -> {
                    try {
                        for (Submission s : mine) {
                            long wait = zero + s.atMillis() - System.currentTimeMillis();
                            if (wait > 0) {
                                Thread.sleep(wait);
                            }
                            long startedAt = ClockUtil.getCurrentTime().getTime();
                            long t0 = System.nanoTime();
                            String refusal = null;
                            try {
                                bidding.submitBid(actor, open.get(s.tender()).getId(), s.sealed());
                            } catch (PortalException e) {
                                refusal = e.code();
                            } catch (RuntimeException e) {
                                refusal = e.getClass().getSimpleName() + ": " + e.getMessage();
                            }
                            outcomes.add(new Outcome(s, startedAt, System.nanoTime() - t0, refusal));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await((window + late) * 3L, TimeUnit.SECONDS);
            pool.shutdownNow();
            report(context, open, deadline, new ArrayList<>(outcomes), clients * tenders);
        } finally {
            ClockUtil.reset();
        }
    }

    /** The process layer on that database: its settings as command-line arguments, which outrank application.yml. */
    private static ConfigurableApplicationContext node(String url, String name) {
        return new SpringApplication(ProcessTestApplication.class).run("--spring.datasource.url=" + url,
                "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.process-engine-name=" + name,
                "--spring.datasource.hikari.maximum-pool-size=20", "--spring.jmx.enabled=false",
                "--logging.level.root=warn");
    }

    private static void report(ConfigurableApplicationContext context, List<ProcurementProject> open, Instant deadline,
                               List<Outcome> outcomes, int planned) {
        List<Long> accepted = new ArrayList<>();
        int afterDeadlineRefused = 0;
        int refusedWhileOpen = 0;
        List<String> otherErrors = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.refusal() == null) {
                accepted.add(o.nanos());
            } else if (o.refusal().equals("error.tender.deadline-passed")) {
                afterDeadlineRefused++;
                if (o.startedAt() < deadline.toEpochMilli()) {
                    refusedWhileOpen++;
                }
            } else {
                otherErrors.add(o.refusal());
            }
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<Long> ids = open.stream().map(ProcurementProject::getId).toList();
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        long stored = jdbc.queryForObject("select count(*) from bid where project_id in (" + in + ")", Long.class);
        long storedLate = jdbc.queryForObject("select count(*) from bid b join procurement_project p on p.id = b.project_id "
                + "where b.project_id in (" + in + ") and b.submitted_at >= p.bid_deadline", Long.class);
        List<Long> all = outcomes.stream().map(Outcome::nanos).sorted().toList();
        Collections.sort(accepted);
        System.out.printf("planned %d, made %d: accepted %d, refused after the deadline %d (of which started before it %d),"
                        + " other errors %d%n", planned, outcomes.size(), accepted.size(), afterDeadlineRefused, refusedWhileOpen,
                otherErrors.size());
        otherErrors.stream().distinct().limit(5).forEach(e -> System.out.println("  error: " + e));
        System.out.printf("stored bids %d (lost %d), stored with a receipt at or after the deadline %d%n", stored,
                accepted.size() - stored, storedLate);
        // the openings start at the deadline on whichever node's job executor acquires each tender's timer first
        String inTenders = String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
        long waitUntil = System.currentTimeMillis() + 120_000;
        List<Long> openings;
        do {
            openings = jdbc.queryForList("select count(*) from audit_event where action = 'tender.opening-started' "
                    + "and object_id in (" + inTenders + ") group by object_id", Long.class);
        } while (openings.size() < ids.size() && System.currentTimeMillis() < waitUntil && pause());
        System.out.printf("openings started: %d of %d tenders, %d of them more than once%n", openings.size(), ids.size(),
                openings.stream().filter(n -> n > 1).count());
        context.getBean(HistoryService.class).createHistoricJobLogQuery().successLog().list().stream()
                .filter(log -> "timer-intermediate-transition".equals(log.getJobDefinitionType()))
                .collect(Collectors.groupingBy(HistoricJobLog::getHostname, java.util.TreeMap::new, Collectors.counting()))
                .forEach((host, n) -> System.out.printf("timers run by %s: %d%n", host, n));
        System.out.printf("accepted latency: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; all calls p99 %.1f ms%n",
                ms(accepted, 0.50), ms(accepted, 0.95), ms(accepted, 0.99), ms(accepted, 1.0), ms(all, 0.99));
    }

    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** {@code n} verified law firms, each with a provider user. */
    private static List<Actor> providers(ConfigurableApplicationContext context, int n) {
        SetupService setup = context.getBean(SetupService.class);
        UserDirectory users = context.getBean(UserDirectory.class);
        Actor justice = users.actor("justice");
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Organisation o = setup.verifiedProvider(justice, new ProviderService.Registration("RUSH-" + i, "冲刺测试律师事务所" + i,
                    Fixtures.JURISDICTION, ProviderType.LAW_FIRM, "91330482MA2C" + String.format("%06d", i),
                    "3399" + String.format("%013d", i), LocalDate.of(2029, 12, 31), SmeSize.MEDIUM, "联系人", "0573-85000000"));
            setup.user("rush-provider" + i, Fixtures.PASSWORD, o.getName(), o.getId(), Role.PROVIDER);
            actors.add(users.actor("rush-provider" + i));
        }
        return actors;
    }

    /** A unit's open tender of 700 legal-aid cases, published at the proposed (statutory) deadline. */
    private static ProcurementProject openTender(ConfigurableApplicationContext context, Fixtures fixtures, int n) {
        ProjectService projects = context.getBean(ProjectService.class);
        WorkTaskService tasks = context.getBean(WorkTaskService.class);
        TenderDocumentsService documents = context.getBean(TenderDocumentsService.class);
        Fixtures.Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application(
                "冲刺测试法律援助服务" + n, List.of(new ProjectService.Line(fixtures.legalAidCase.getId(), new BigDecimal("700"))),
                "平湖市经济困难群众", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), unit.budgetLineId(),
                false, false, false, false, null));
        complete(tasks, fixtures, unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE,
                new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, "同意"));
        complete(tasks, fixtures, "finance", p, ProcessModel.BudgetCommitment.TASK_FINANCE_REVIEW,
                new FinanceReviewBudgetHandler.Form(true, "预算安排合理"));
        LocalDateTime deadline = documents.proposedBidDeadline(p.getId()).atZone(PortalClock.ZONE).toLocalDateTime();
        complete(tasks, fixtures, unit.purchaser(), p, ProcessModel.Tendering.TASK_PREPARE_DOCUMENTS,
                new PrepareTenderDocumentsHandler.Form(30, "服务方案、团队资质", null, deadline, null, false, ProcessTestSupport.NOT_FOR_SMES));
        return projects.project(p.getId());
    }

    private static void complete(WorkTaskService tasks, Fixtures fixtures, String user, ProcurementProject p, String key, Object form) {
        Actor actor = fixtures.actor(user);
        tasks.findTask(actor, p.getCode(), key).map(WorkTask::id).ifPresent(id -> tasks.complete(actor, id, form));
    }
}
