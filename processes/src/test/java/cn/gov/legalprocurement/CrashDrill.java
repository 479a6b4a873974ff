package cn.gov.legalprocurement;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.audit.AuditEvent;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.payment.Payment;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.payment.ReleasePaymentHandler;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The process layer in a JVM of its own, on an H2 file database configured as the portal's, so that
 * {@link CrashRecoveryTest} can kill it with SIGKILL in the middle of its work and start it again.
 * Phases (first argument; the second is the data directory):
 * <ul>
 *   <li>{@code seal}: publishes an open tender, prints {@code PROJECT id}, then seals bids of six
 *   providers in turn, printing {@code SEALED id provider} once each is committed and waiting for a line
 *   on its input before the next;</li>
 *   <li>{@code pay}: carries a procurement to its payment release, prints {@code RELEASING contract task}
 *   and releases it (killed meanwhile);</li>
 *   <li>{@code paycheck CONTRACT-ID TASK-ID}: prints the released payments ({@code PAID n}), releases
 *   again if the task is still open ({@code RETRIED}), replays the release ({@code REPLAY refused}) and
 *   prints the payments again;</li>
 *   <li>{@code bids PROJECT-ID}: prints the project's bids ({@code BID id status provider});</li>
 *   <li>{@code fire PROJECT-ID}: moves the clock past the decryption window, so the opening's timers are
 *   due, prints {@code FIRING} and lets the job executor run them;</li>
 *   <li>{@code check PROJECT-ID}: moves the clock on past the job locks of a killed node, lets every due
 *   timer fire, then prints how often each step of the opening ran ({@code RAN step count}) and was
 *   audited ({@code AUDITED action count}).</li>
 * </ul>
 */
final class CrashDrill extends ProcessTestSupport {

    @Autowired
    PaymentService payments;

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        String dir = args[1];
        SpringApplication app = new SpringApplication(ProcessTestApplication.class);
        ConfigurableApplicationContext context = app.run(
                // the portal's embedded database, as ui/src/main/resources/application.yml opens it
                "--spring.datasource.url=jdbc:h2:file:" + dir + "/portal;WRITE_DELAY=0",
                "--portal.data-dir=" + dir,
                "--camunda.bpm.job-execution.enabled=" + !(phase.equals("seal") || phase.equals("pay")),
                "--camunda.bpm.job-execution.wait-time-in-millis=100", "--camunda.bpm.job-execution.max-wait=200",
                "--logging.level.root=warn");
        CrashDrill drill = new CrashDrill();
        context.getAutowireCapableBeanFactory().autowireBean(drill);
        switch (phase) {
            case "seal" -> drill.seal();
            case "fire" -> drill.fire(Long.parseLong(args[2]));
            case "pay" -> drill.pay();
            case "paycheck" -> {
                drill.paycheck(Long.parseLong(args[2]), args[3]);
                context.close();
                System.exit(0);
            }
            case "bids" -> {
                drill.bidding.currentRound(Long.parseLong(args[2])).forEach(b ->
                        say("BID " + b.getId() + " " + b.getStatus() + " " + b.getProviderId()));
                context.close();
                System.exit(0);
            }
            case "check" -> {
                drill.check(Long.parseLong(args[2]), context.getBean(AuditLog.class));
                context.close();
                System.exit(0);
            }
            default -> throw new IllegalArgumentException(phase);
        }
    }

    private void seal() throws java.io.IOException {
        ClockUtil.setCurrentTime(Date.from(START));
        fixtures.world();
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        say("PROJECT " + p.getId());
        for (int i = 0; ; i++) {
            var sealed = bid(p, i % 6, String.valueOf(1_600_000 + i));
            say("SEALED " + sealed.id() + " " + sealed.providerId());
            // wait for the word to go on: the kill can then come right after a commit was acknowledged
            if (System.in.read() < 0) {
                return;
            }
        }
    }

    /** A procurement up to the payment release; the release itself is what the parent kills. */
    private void pay() throws InterruptedException {
        ClockUtil.setCurrentTime(Date.from(START));
        fixtures.world();
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        WorkTask release = awaitingRelease(unit, p);
        say("RELEASING " + contracts.ofProject(p.getId()).getId() + " " + release.id());
        tasks.complete(fixtures.actor("finance"), release.id(), new ReleasePaymentHandler.Form("ZF-CRASH-1"));
        say("RELEASED");
        Thread.sleep(60_000);
    }

    /** After the restart: what was paid, finance releasing again if the task is still open, and a replay. */
    private void paycheck(long contractId, String releaseTaskId) {
        say("PAID " + released(contractId));
        if (engine.getTaskService().createTaskQuery().taskId(releaseTaskId).singleResult() != null) {
            tasks.complete(fixtures.actor("finance"), releaseTaskId, new ReleasePaymentHandler.Form("ZF-CRASH-1"));
            say("RETRIED");
        }
        try {
            tasks.complete(fixtures.actor("finance"), releaseTaskId, new ReleasePaymentHandler.Form("ZF-CRASH-1"));
            say("REPLAY accepted");
        } catch (RuntimeException refused) {
            say("REPLAY refused");
        }
        say("PAID " + released(contractId));
    }

    private long released(long contractId) {
        return payments.ofContract(contractId).stream().filter(x -> x.getStatus() == Payment.Status.RELEASED).count();
    }

    private void fire(long projectId) throws InterruptedException {
        ProcurementProject p = projects.project(projectId);
        ClockUtil.setCurrentTime(Date.from(p.getDecryptionWindowEnds().plusSeconds(120)));
        say("FIRING");
        Thread.sleep(60_000);
    }

    private void check(long projectId, AuditLog audit) throws InterruptedException {
        ProcurementProject p = projects.project(projectId);
        // past the 5 minutes for which a killed node's job executor had locked the jobs it took
        Instant later = p.getDecryptionWindowEnds().plusSeconds(120).plus(java.time.Duration.ofMinutes(10));
        ClockUtil.setCurrentTime(Date.from(later));
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until && !management.createJobQuery().timers()
                .duedateLowerThan(Date.from(later)).executable().list().isEmpty()) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        for (String step : List.of(Tendering.SERVICE_START_OPENING, Tendering.SERVICE_OPEN_BIDS)) {
            say("RAN " + step + " " + engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .activityId(step).finished().list().stream()
                    .filter(a -> p.getCode().equals(engine.getHistoryService().createHistoricProcessInstanceQuery()
                            .processInstanceId(a.getProcessInstanceId()).singleResult().getBusinessKey())).count());
        }
        List<AuditEvent> trail = audit.trail(ProcurementProject.class, projectId);
        for (String action : List.of("tender.opening-started", "tender.opened")) {
            say("AUDITED " + action + " " + trail.stream().filter(e -> e.getAction().equals(action)).count());
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
