package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.acceptance.EvaluateAcceptanceHandler;
import cn.gov.legalprocurement.budget.FinanceReviewBudgetHandler;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.challenge.ChallengeService;
import cn.gov.legalprocurement.contract.ContractPart;
import cn.gov.legalprocurement.contract.ContractPublicationService;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.contract.PrepareContractHandler;
import cn.gov.legalprocurement.contract.Signature;
import cn.gov.legalprocurement.evaluation.ScoreBidsHandler;
import cn.gov.legalprocurement.payment.ApprovePaymentHandler;
import cn.gov.legalprocurement.payment.ReleasePaymentHandler;
import cn.gov.legalprocurement.performance.HandleShortfallWarningHandler;
import cn.gov.legalprocurement.performance.ReportPerformanceHandler;
import cn.gov.legalprocurement.project.ApplicationDecision;
import cn.gov.legalprocurement.project.ApproveApplicationHandler;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidEnvelope;
import cn.gov.legalprocurement.tender.PublishAwardHandler;
import cn.gov.legalprocurement.tender.BidDisclosure;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.tender.OpeningService;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.tender.SingleSourceService;
import cn.gov.legalprocurement.tender.TenderDocumentsService;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Drives procurements through the real services, engine and database, as the users would: every
 * task is completed through {@link WorkTaskService} with the form its UI submits. Time is moved
 * with the engine's clock, and due timers are executed as the job executor would.
 */
@SpringBootTest(classes = ProcessTestApplication.class)
public abstract class ProcessTestSupport {

    /** 2026-12-01 09:00 in Beijing: a Tuesday. */
    protected static final Instant START = LocalDateTime.of(2026, 12, 1, 9, 0).atZone(PortalClock.ZONE).toInstant();
    protected static final LocalDate TERM_START = LocalDate.of(2027, 1, 1);
    protected static final LocalDate TERM_END = LocalDate.of(2027, 3, 31);

    @Autowired
    protected Fixtures fixtures;
    @Autowired
    protected WorkTaskService tasks;
    @Autowired
    protected ProjectService projects;
    @Autowired
    protected TenderDocumentsService tenderDocuments;
    @Autowired
    protected BidService bidding;
    @Autowired
    protected BidDisclosure disclosure;
    @Autowired
    protected OpeningService opening;
    @Autowired
    protected AwardService awards;
    @Autowired
    protected SingleSourceService singleSource;
    @Autowired
    protected ChallengeService challenges;
    @Autowired
    protected ContractService contracts;
    @Autowired
    protected DeadlineService deadlines;
    @Autowired
    protected ContractPublicationService contractPublication;
    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected ManagementService management;

    @BeforeEach
    void startClock() {
        ClockUtil.setCurrentTime(Date.from(START));
        AbstractAssertions.init(engine);
        fixtures.world();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- time -------------------------------------------------------------------------------

    protected Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    protected void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    protected void later(Duration duration) {
        at(now().plus(duration));
    }

    /** Executes every timer due by now (repeatedly: a timer may lead to the next one). */
    protected int fireDueTimers() {
        int fired = 0;
        while (true) {
            List<Job> due = management.createJobQuery().timers().duedateLowerThan(Date.from(now().plusSeconds(1)))
                    .executable().list();
            if (due.isEmpty()) {
                return fired;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                fired++;
            }
        }
    }

    /** Moves the clock just past the given process variable's date and fires the due timers. */
    protected void passDate(ProcurementProject p, String processKey, String variable) {
        Date date = (Date) runtime.getVariable(instance(p, processKey).getId(), variable);
        at(date.toInstant().plusSeconds(60));
        assertThat(fireDueTimers()).as("timers due at " + variable).isPositive();
    }

    // ---- process instances and tasks ----------------------------------------------------------

    /** The running instance of a (sub-)process of the project. */
    protected org.camunda.bpm.engine.runtime.ProcessInstance instance(ProcurementProject p, String processKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.getCode())
                .processDefinitionKey(processKey).singleResult();
    }

    protected HistoricProcessInstance history(ProcurementProject p, String processKey) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(p.getCode())
                .processDefinitionKey(processKey).orderByProcessInstanceStartTime().desc().list().get(0);
    }

    protected Optional<WorkTask> findTask(String username, ProcurementProject p, String taskKey) {
        return tasks.findTask(fixtures.actor(username), p.getCode(), taskKey);
    }

    protected WorkTask task(String username, ProcurementProject p, String taskKey) {
        return findTask(username, p, taskKey).orElseThrow(() -> new AssertionError(
                username + " has no task " + taskKey + " for " + p.getCode() + "; open tasks: "
                        + tasks.openTasksOfProject(p.getCode()).stream().map(WorkTask::taskKey).toList()));
    }

    protected void complete(String username, ProcurementProject p, String taskKey, Object form) {
        tasks.complete(fixtures.actor(username), task(username, p, taskKey).id(), form);
    }

    protected ProcurementProject reload(ProcurementProject p) {
        return projects.project(p.getId());
    }

    // ---- the stages, as the users carry them out ---------------------------------------------

    protected ProcurementProject apply(Unit unit, CatalogueItem item, String quantity) {
        return projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application(
                "2027年度" + item.getName() + "服务", List.of(new ProjectService.Line(item.getId(), new BigDecimal(quantity))),
                "平湖市经济困难群众", TERM_START, TERM_END, unit.budgetLineId(), false, false, false, false, null));
    }

    /** Head approval, budget commitment (with FINANCE's review when required) and the method decision. */
    protected ProcurementProject approveAndCommit(Unit unit, ProcurementProject p) {
        findTask(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE).ifPresent(t ->
                tasks.complete(fixtures.actor(unit.head()), t.id(), new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, "同意")));
        findTask("finance", p, ProcessModel.BudgetCommitment.TASK_FINANCE_REVIEW).ifPresent(t ->
                tasks.complete(fixtures.actor("finance"), t.id(), new FinanceReviewBudgetHandler.Form(true, "预算安排合理")));
        return reload(p);
    }

    protected ProcurementProject publishTender(Unit unit, ProcurementProject p, int priceWeight) {
        LocalDateTime deadline = tenderDocuments.proposedBidDeadline(p.getId()).atZone(PortalClock.ZONE).toLocalDateTime();
        complete(unit.purchaser(), p, ProcessModel.Tendering.TASK_PREPARE_DOCUMENTS,
                new PrepareTenderDocumentsHandler.Form(priceWeight, "服务方案、团队资质、同类业绩、响应承诺", null, deadline, null, false, NOT_FOR_SMES));
        return reload(p);
    }

    /** The key each test bidder sealed with, by bid id: what the bidder keeps (in the browser: the key file). */
    protected final Map<Long, String> bidKeys = new LinkedHashMap<>();

    /** Provider i (0-based in the fixtures) seals a bid, as their browser would, and keeps the key. */
    protected BidService.BidView bid(ProcurementProject p, int provider, String price) {
        return bid(p, provider, new BidEnvelope.Plain(price, "组建 5 人专业团队，设立 12348 热线对接机制，案件办结率 100%。", List.of()));
    }

    protected BidService.BidView bid(ProcurementProject p, int provider, BidEnvelope.Plain plain) {
        byte[] key = BidEnvelope.newKey();
        BidService.BidView view = bidding.submitBid(fixtures.actor("provider" + (provider + 1)), p.getId(),
                BidEnvelope.seal(plain, key));
        bidKeys.put(view.id(), BidEnvelope.keyText(key));
        return view;
    }

    /**
     * The opening: the deadline passes, every bidder with a sealed bid in this round decrypts it with the
     * key they kept, and the decryption window closes.
     */
    protected void openBids(ProcurementProject p) {
        at(p.getBidDeadline().plusSeconds(60));
        fireDueTimers();
        for (Bid b : bidding.currentRound(p.getId())) {
            if (b.getStatus() == Bid.Status.SEALED) {
                bidding.decryptBid(fixtures.actor(providerUser(b.getProviderId())), p.getId(), bidKeys.get(b.getId()));
            }
        }
        closeDecryption(p);
    }

    /** The decryption window ends: the bids are opened. */
    protected void closeDecryption(ProcurementProject p) {
        at(reload(p).getDecryptionWindowEnds().plusSeconds(60));
        fireDueTimers();
    }

    /** The provider's place (0-based) in the fixtures. */
    protected int providerIndex(long providerId) {
        return fixtures.providers.stream().map(o -> o.getId()).toList().indexOf(providerId);
    }

    protected String providerUser(long providerId) {
        return "provider" + (providerIndex(providerId) + 1);
    }

    /** Every committee member scores every qualified bid; the score for a bid is looked up by provider. */
    protected void scoreAll(ProcurementProject p, Map<Integer, String> qualityByProvider) {
        List<Bid> bids = bidding.currentRound(p.getId()).stream().filter(Bid::isQualified).toList();
        for (String expert : committeeOf(p)) {
            Map<Long, BigDecimal> scores = new LinkedHashMap<>();
            for (Bid b : bids) {
                scores.put(b.getId(), new BigDecimal(qualityByProvider.get(providerIndex(b.getProviderId()))));
            }
            complete(expert, p, ProcessModel.Tendering.TASK_SCORE_BIDS, new ScoreBidsHandler.Form(true, scores, "同意"));
        }
    }

    protected List<String> committeeOf(ProcurementProject p) {
        return tasks.openTasksOfProject(p.getCode()).stream()
                .filter(t -> t.taskKey().equals(ProcessModel.Tendering.TASK_SCORE_BIDS)).map(WorkTask::assignee).toList();
    }

    protected Bid rankedFirst(ProcurementProject p) {
        return bidding.currentRound(p.getId()).stream().filter(b -> Integer.valueOf(1).equals(b.getRankNo())).findFirst()
                .orElseThrow();
    }

    protected PrepareContractHandler.Form contractForm(String liability) {
        return new PrepareContractHandler.Form(Map.of(
                    ContractPart.SERVICE_RECIPIENTS, "平湖市经济困难群众",
                    ContractPart.SERVICE_CONTENT, "法律援助案件代理",
                    ContractPart.SERVICE_TERM, "2027年1月1日至2027年3月31日",
                    ContractPart.QUANTITY_AND_QUALITY, "办结法律援助案件 700 件，结案质量评估合格",
                    ContractPart.RIGHTS_AND_OBLIGATIONS, "甲方提供案源与场地，乙方指派执业律师办理",
                    ContractPart.PRICE_AND_SETTLEMENT, "按季度验收后支付",
                    ContractPart.PERFORMANCE_TARGETS, "办结案件 700 件，受援人满意率不低于 90%",
                    ContractPart.LIABILITY_FOR_BREACH, liability),
                    new BigDecimal("10000.00"), 20, 30, List.of(new PrepareContractHandler.InstalmentLine(100, "验收合格后支付")));
    }

    protected void signContract(Unit unit, ProcurementProject p, String providerUser) {
        complete(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE,
                contractForm("乙方未按约定完成服务的，按未完成比例扣减服务费，最高扣减 20%"));
        complete(providerUser, p, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER, new Signature(true));
        complete(unit.purchaser(), p, ProcessModel.ContractSignatures.TASK_SIGN_PURCHASER, new Signature(true));
    }

    /** The purchaser checks the signed contract's text and publishes it. */
    protected void publishContract(Unit unit, ProcurementProject p) {
        complete(unit.purchaser(), p, ProcessModel.ContractPublication.TASK_PUBLISH,
                new cn.gov.legalprocurement.contract.PublishContractHandler.Form(true));
    }

    /** Three monthly periods: the provider reports the given numbers of cases. */
    protected void reportPeriods(Unit unit, ProcurementProject p, String providerUser, int... cases) {
        for (int c : cases) {
            passDate(p, ProcessModel.PerformanceMonitoring.ID, ProcessModel.PerformanceMonitoring.VAR_PERIOD_END);
            complete(providerUser, p, ProcessModel.PerformanceMonitoring.TASK_REPORT, new ReportPerformanceHandler.Form(
                    Map.of(cn.gov.legalprocurement.catalogue.Measure.CASES, BigDecimal.valueOf(c)), "按期办结"));
            findTask(unit.purchaser(), p, ProcessModel.PerformanceMonitoring.TASK_SHORTFALL_WARNING).ifPresent(t ->
                    tasks.complete(fixtures.actor(unit.purchaser()), t.id(),
                            new HandleShortfallWarningHandler.Form("约谈承接主体负责人，要求下期补足")));
        }
    }

    protected void evaluateAcceptance(Unit unit, ProcurementProject p, String process, String results, String social) {
        complete(unit.purchaser(), p, ProcessModel.AcceptanceEvaluation.TASK_EVALUATE, new EvaluateAcceptanceHandler.Form(
                new BigDecimal(process), new BigDecimal(results), new BigDecimal(social), "受援人代表张某、李某",
                null, "服务规范，群众满意"));
    }

    /**
     * The same, through three reported periods, the acceptance and the head's approval: the payment waits
     * for finance's release, whose task is returned.
     */
    protected WorkTask awaitingRelease(Unit unit, ProcurementProject p) {
        reportPeriods(unit, p, "provider1", 250, 240, 220);
        evaluateAcceptance(unit, p, "28", "45", "18");
        complete(unit.head(), p, ProcessModel.Payment.TASK_APPROVE, new ApprovePaymentHandler.Form(true, "同意支付"));
        return task("finance", p, ProcessModel.Payment.TASK_RELEASE);
    }

    protected void pay(Unit unit, ProcurementProject p) {
        complete(unit.head(), p, ProcessModel.Payment.TASK_APPROVE, new ApprovePaymentHandler.Form(true, "同意支付"));
        complete("finance", p, ProcessModel.Payment.TASK_RELEASE, new ReleasePaymentHandler.Form("ZF-2027-0001"));
    }

    /** An open tender of 700 legal-aid cases, approved, committed and published (price weight 30), open for bids. */
    protected ProcurementProject openTender(Unit unit) {
        return publishTender(unit, approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "700")), 30);
    }

    /** An open tender of 700 legal-aid cases up to the published award (provider 0 ranks first). */
    protected ProcurementProject awardOpenTender(Unit unit) {
        ProcurementProject p = openTender(unit);
        bid(p, 0, "1800000");
        bid(p, 1, "1700000");
        bid(p, 2, "1650000");
        bid(p, 3, "2000000");
        openBids(p);
        scoreAll(p, Map.of(0, "60", 1, "55", 2, "50", 3, "58"));
        complete(unit.head(), p, ProcessModel.Tendering.TASK_CONFIRM_WINNER,
                new ConfirmWinnerHandler.Form(rankedFirst(p).getId(), null));
        publishAward(unit, p);
        return reload(p);
    }

    /**
     * The documents of the tests' tenders are not reserved for SMEs (财库〔2020〕46号), so that every fixture provider
     * may bid; {@code SmeReservationTest} reserves one.
     */
    public static final String NOT_FOR_SMES = "所需法律服务依法应当由法律援助机构统筹安排，不适宜专门面向中小企业";

    /** The purchaser checks the award notice and publishes it. */
    protected void publishAward(Unit unit, ProcurementProject p) {
        complete(unit.purchaser(), p, ProcessModel.Tendering.TASK_PUBLISH_AWARD, new PublishAwardHandler.Form(true));
    }

    /** The same, through the challenge window, the signatures and the contract's publication. */
    protected ProcurementProject contractInForce(Unit unit) {
        ProcurementProject p = awardOpenTender(unit);
        passDate(p, ProcessModel.Tendering.ID, ProcessModel.Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        signContract(unit, p, "provider1");
        return reload(p);
    }
}
