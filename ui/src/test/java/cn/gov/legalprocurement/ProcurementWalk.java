package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.acceptance.EvaluateAcceptanceHandler;
import cn.gov.legalprocurement.budget.BudgetLine;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractPart;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.contract.PrepareContractHandler;
import cn.gov.legalprocurement.contract.PublishContractHandler;
import cn.gov.legalprocurement.contract.Signature;
import cn.gov.legalprocurement.evaluation.NegotiateRoundHandler;
import cn.gov.legalprocurement.evaluation.ScoreBidsHandler;
import cn.gov.legalprocurement.intention.PurchaseIntentionService;
import cn.gov.legalprocurement.payment.ApprovePaymentHandler;
import cn.gov.legalprocurement.payment.ReleasePaymentHandler;
import cn.gov.legalprocurement.performance.ReportPerformanceHandler;
import cn.gov.legalprocurement.project.ApplicationDecision;
import cn.gov.legalprocurement.project.ApproveApplicationHandler;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidEnvelope;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.tender.PublishAwardHandler;
import cn.gov.legalprocurement.tender.TenderDocumentsService;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;

/**
 * A whole procurement of the demo data's office (a month of a legal adviser by competitive consultation, three
 * bidders) carried through the services of a running portal, with its job executor opening bids and ending
 * periods as the engine's clock moves: application, tendering to the award, the contract, performance to the
 * payment. Each phase runs on the node the walk is on; {@link #on} moves it to another node of the same database.
 */
final class ProcurementWalk {

    /** The purchase as applied for. */
    record Purchase(ProcurementProject project, LocalDate start, LocalDate end, long budgetLineId) {
    }

    /** The award: the winning bid and its bidder's account. */
    record Award(Bid winner, String provider) {
    }

    static final List<String> BIDDERS = List.of("provider1", "provider3", "provider5");

    private final ApplicationContext node;

    ProcurementWalk(ApplicationContext node) {
        this.node = node;
    }

    /** The same walk on another node. */
    ProcurementWalk on(ApplicationContext other) {
        return new ProcurementWalk(other);
    }

    private <T> T bean(Class<T> type) {
        return node.getBean(type);
    }

    /** The office publishes its purchase intention a month back (财库〔2020〕10号), then applies. */
    Purchase apply() {
        CatalogueItem adviser = bean(CatalogueService.class).published().stream().filter(i -> i.getCode().equals("PH-02-001"))
                .findFirst().orElseThrow();
        var purchaser = users().actor("purchaser-office");
        LocalDate start = PortalClock.dayOf(Instant.now()).plusDays(60);
        LocalDate end = start.plusMonths(1).minusDays(1);
        BudgetLine line = bean(BudgetService.class).lines(purchaser).stream().filter(l -> l.getFiscalYear() == start.getYear())
                .findFirst().orElseThrow();
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(31))));
        try {
            bean(PurchaseIntentionService.class).publish(purchaser, new PurchaseIntentionService.Draft(adviser.getId(), "市政府常年法律顾问",
                    "为市政府各部门提供常年法律顾问服务", new BigDecimal("60000"), YearMonth.from(start)));
        } finally {
            ClockUtil.reset();
        }
        ProcurementProject p = projects().apply(purchaser, new ProjectService.Application("市政府常年法律顾问（试运行一个月）",
                List.of(new ProjectService.Line(adviser.getId(), new BigDecimal("30"))), "市政府各部门", start, end,
                line.getId(), false, false, false, false, null));
        return new Purchase(p, start, end, line.getId());
    }

    /** Approval, documents and two sealed rounds decrypted by their bidders, scoring, the award and its challenge period. */
    Award tenderToAward(Purchase purchase) {
        ProcurementProject p = purchase.project();
        complete("head-office", p, ProcessModel.ProjectApplication.TASK_APPROVE,
                new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, "同意"));
        assertThat(projects().project(p.getId()).getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
        complete("purchaser-office", p, ProcessModel.Tendering.TASK_PREPARE_DOCUMENTS, new PrepareTenderDocumentsHandler.Form(20,
                "顾问团队、服务方案", null, bean(TenderDocumentsService.class).proposedBidDeadline(p.getId())
                        .atZone(PortalClock.ZONE).toLocalDateTime(), null, false, "投标人含大型律师事务所，预留份额无法确保充分竞争"));
        Map<String, String> keys = seal("23000", "三名律师轮值，每月驻点不少于 8 小时", p);
        // the deadline passes: each bidder decrypts their own bid within the window, the job executor opens them after it
        RunningPortal.moveClockTo(projects().project(p.getId()).getBidDeadline().plusSeconds(5));
        keys.forEach((provider, key) -> bidding().decryptBid(users().actor(provider), p.getId(), key));
        RunningPortal.moveClockTo(projects().project(p.getId()).getDecryptionWindowEnds().plusSeconds(5));
        RunningPortal.await("bids opened and the consultation panel drawn", () -> openTasks(p, ProcessModel.Tendering.TASK_NEGOTIATE_ROUND).size() == 1);
        assertThat(bidding().currentRound(p.getId()).stream().filter(Bid::isQualified)).hasSize(3);
        // the panel's chair records the round and asks for final quotations, which each supplier seals and decrypts
        WorkTask round = openTasks(p, ProcessModel.Tendering.TASK_NEGOTIATE_ROUND).get(0);
        Instant finalDeadline = bean(DeadlineService.class).firstWorkingDayAt(ClockUtil.getCurrentTime().toInstant()
                .plus(Duration.ofDays(1)), LocalTime.of(10, 0));
        tasks().complete(users().actor(round.assignee()), round.id(), new NegotiateRoundHandler.Form("逐一磋商顾问团队与报价", null,
                Map.of(), true, finalDeadline.atZone(PortalClock.ZONE).toLocalDateTime()));
        keys = seal("22500", "三名律师轮值，每月驻点不少于 10 小时", p);
        RunningPortal.moveClockTo(finalDeadline.plusSeconds(5));
        keys.forEach((provider, key) -> bidding().decryptBid(users().actor(provider), p.getId(), key));
        RunningPortal.moveClockTo(projects().project(p.getId()).getDecryptionWindowEnds().plusSeconds(5));
        RunningPortal.await("final quotations opened", () -> !openTasks(p, ProcessModel.Tendering.TASK_SCORE_BIDS).isEmpty());
        List<Bid> qualified = bidding().currentRound(p.getId()).stream().filter(Bid::isQualified).toList();
        assertThat(qualified).hasSize(3).allSatisfy(b -> assertThat(b.getPrice()).isEqualByComparingTo("22500"));
        for (WorkTask scoring : openTasks(p, ProcessModel.Tendering.TASK_SCORE_BIDS)) {
            Map<Long, BigDecimal> scores = new LinkedHashMap<>();
            qualified.forEach(b -> scores.put(b.getId(), BigDecimal.valueOf(60 + b.getId() % 7)));
            tasks().complete(users().actor(scoring.assignee()), scoring.id(), new ScoreBidsHandler.Form(true, scores, "同意"));
        }
        Bid first = bidding().currentRound(p.getId()).stream().filter(b -> Integer.valueOf(1).equals(b.getRankNo())).findFirst()
                .orElseThrow();
        complete("head-office", p, ProcessModel.Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(first.getId(), null));
        complete("purchaser-office", p, ProcessModel.Tendering.TASK_PUBLISH_AWARD, new PublishAwardHandler.Form(true));
        RunningPortal.moveClockTo(projects().project(p.getId()).getChallengeWindowEnds().plusSeconds(5));
        RunningPortal.await("challenge window closed", () -> projects().project(p.getId()).getStage() == ProjectStage.CONTRACT);
        String provider = BIDDERS.stream().filter(u -> users().actor(u).organisationId() == first.getProviderId()).findFirst()
                .orElseThrow();
        return new Award(first, provider);
    }

    /** The contract's eight parts, both signatures and its publication: in force. */
    Contract contract(Purchase purchase, Award award) {
        ProcurementProject p = purchase.project();
        complete("purchaser-office", p, ProcessModel.ContractSigning.TASK_PREPARE, new PrepareContractHandler.Form(Map.of(
                ContractPart.SERVICE_RECIPIENTS, "市政府各部门",
                ContractPart.SERVICE_CONTENT, "常年法律顾问",
                ContractPart.SERVICE_TERM, purchase.start() + " 至 " + purchase.end(),
                ContractPart.QUANTITY_AND_QUALITY, "每月驻点 8 小时、咨询 10 次",
                ContractPart.RIGHTS_AND_OBLIGATIONS, "按法律顾问合同示范文本",
                ContractPart.PRICE_AND_SETTLEMENT, "验收后一次性支付",
                ContractPart.PERFORMANCE_TARGETS, "驻点 240 小时、咨询 300 次",
                ContractPart.LIABILITY_FOR_BREACH, "未完成部分按比例扣减，最高 20%"),
                BigDecimal.ZERO, 20, 30, List.of(new PrepareContractHandler.InstalmentLine(100, "验收合格后支付"))));
        complete(award.provider(), p, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER, new Signature(true));
        complete("purchaser-office", p, ProcessModel.ContractSignatures.TASK_SIGN_PURCHASER, new Signature(true));
        complete("purchaser-office", p, ProcessModel.ContractPublication.TASK_PUBLISH, new PublishContractHandler.Form(true));
        Contract contract = bean(ContractService.class).ofProject(p.getId());
        assertThat(contract.getStatus()).isEqualTo(Contract.Status.IN_FORCE);
        return contract;
    }

    /** The period ends (the job executor asks for the report), acceptance, approval and release of the payment: closed. */
    void performanceToPayment(Purchase purchase, Award award) {
        ProcurementProject p = purchase.project();
        RunningPortal.moveClockTo(PortalClock.startOfDay(purchase.end().plusDays(1)).plusSeconds(5));
        RunningPortal.await("period ended", () -> findTask(award.provider(), p, ProcessModel.PerformanceMonitoring.TASK_REPORT).isPresent());
        complete(award.provider(), p, ProcessModel.PerformanceMonitoring.TASK_REPORT, new ReportPerformanceHandler.Form(
                Map.of(Measure.SERVICE_HOURS, new BigDecimal("240")), "按月驻点"));
        complete("purchaser-office", p, ProcessModel.AcceptanceEvaluation.TASK_EVALUATE, new EvaluateAcceptanceHandler.Form(
                new BigDecimal("28"), new BigDecimal("46"), new BigDecimal("18"), "各部门联络员代表", null, "服务到位"));
        complete("head-office", p, ProcessModel.Payment.TASK_APPROVE, new ApprovePaymentHandler.Form(true, null));
        complete("finance", p, ProcessModel.Payment.TASK_RELEASE, new ReleasePaymentHandler.Form("ZF-" + p.getCode()));
        assertThat(projects().project(p.getId()).getStage()).isEqualTo(ProjectStage.CLOSED);
    }

    private Map<String, String> seal(String price, String proposal, ProcurementProject p) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String provider : BIDDERS) {
            byte[] key = BidEnvelope.newKey();
            bidding().submitBid(users().actor(provider), p.getId(), BidEnvelope.seal(new BidEnvelope.Plain(price, proposal, List.of()), key));
            keys.put(provider, BidEnvelope.keyText(key));
        }
        return keys;
    }

    private List<WorkTask> openTasks(ProcurementProject p, String taskKey) {
        return tasks().openTasksOfProject(p.getCode()).stream().filter(t -> t.taskKey().equals(taskKey)).toList();
    }

    Optional<WorkTask> findTask(String username, ProcurementProject p, String taskKey) {
        return tasks().findTask(users().actor(username), p.getCode(), taskKey);
    }

    void complete(String username, ProcurementProject p, String taskKey, Object form) {
        WorkTask task = findTask(username, p, taskKey).orElseThrow(() -> new AssertionError(username + " has no " + taskKey
                + "; open: " + tasks().openTasksOfProject(p.getCode()).stream().map(WorkTask::taskKey).toList()));
        tasks().complete(users().actor(username), task.id(), form);
    }

    private WorkTaskService tasks() {
        return bean(WorkTaskService.class);
    }

    private ProjectService projects() {
        return bean(ProjectService.class);
    }

    private BidService bidding() {
        return bean(BidService.class);
    }

    private UserDirectory users() {
        return bean(UserDirectory.class);
    }
}
