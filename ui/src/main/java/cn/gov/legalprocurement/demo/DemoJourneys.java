package cn.gov.legalprocurement.demo;

import cn.gov.legalprocurement.acceptance.EvaluateAcceptanceHandler;
import cn.gov.legalprocurement.budget.BudgetLine;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.budget.FinanceReviewBudgetHandler;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.contract.ContractIndicator;
import cn.gov.legalprocurement.contract.ContractPart;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.contract.PrepareContractHandler;
import cn.gov.legalprocurement.contract.PublishContractHandler;
import cn.gov.legalprocurement.contract.Signature;
import cn.gov.legalprocurement.evaluation.NegotiateRoundHandler;
import cn.gov.legalprocurement.evaluation.ScoreBidsHandler;
import cn.gov.legalprocurement.framework.FrameworkAgreementService;
import cn.gov.legalprocurement.framework.OfferCallOffHandler;
import cn.gov.legalprocurement.framework.PublishShortlistHandler;
import cn.gov.legalprocurement.payment.ApprovePaymentHandler;
import cn.gov.legalprocurement.performance.ReportPerformanceHandler;
import cn.gov.legalprocurement.project.ApplicationDecision;
import cn.gov.legalprocurement.project.ApproveApplicationHandler;
import cn.gov.legalprocurement.project.CallOffRule;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.intention.PurchaseIntentionService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidEnvelope;
import cn.gov.legalprocurement.tender.BelowFloorPurchase;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.tender.PublishAwardHandler;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.tender.PurchaseBelowFloorHandler;
import cn.gov.legalprocurement.tender.TenderDocumentsService;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * A demo project carried through the flow by the real services, as its users would do it, on a
 * borrowed clock: each step happens at the engine's current time, and where the flow waits for a
 * statutory period the journey moves the clock to its end and fires the timers that fall due. The
 * clock never moves past the present; {@link #present()} gives it back. The job executor must be
 * paused meanwhile, so that it never sees the borrowed time.
 */
@Component
class DemoJourneys {

    private final ProjectService projects;
    private final BudgetService budget;
    private final BidService bidding;
    private final TenderDocumentsService tenderDocuments;
    private final ContractService contracts;
    private final WorkTaskService tasks;
    private final UserDirectory users;
    private final ProcessEngine engine;
    private final DeadlineService deadlines;
    private final FrameworkAgreementService agreements;

    /** How long before a unit applies the demo has it publish its purchase intention for the service. */
    static final Duration INTENTION_LEAD = Duration.ofDays(40);

    private final PurchaseIntentionService intentions;

    DemoJourneys(ProjectService projects, BudgetService budget, BidService bidding, TenderDocumentsService tenderDocuments,
                 ContractService contracts, WorkTaskService tasks, UserDirectory users, ProcessEngine engine,
                 DeadlineService deadlines, FrameworkAgreementService agreements, PurchaseIntentionService intentions) {
        this.intentions = intentions;
        this.projects = projects;
        this.budget = budget;
        this.bidding = bidding;
        this.tenderDocuments = tenderDocuments;
        this.contracts = contracts;
        this.tasks = tasks;
        this.users = users;
        this.engine = engine;
        this.deadlines = deadlines;
        this.agreements = agreements;
    }

    /** The purchaser applies from the catalogue. */
    Journey apply(String purchaser, String head, String title, CatalogueItem item, String quantity, String recipients,
                  LocalDate start, LocalDate end) {
        return apply(purchaser, head, title, item, quantity, recipients, start, end, false, null);
    }

    /**
     * The same, for a framework agreement ({@code framework}: suited to one) or for a call-off under the agreement
     * {@code agreementId}.
     */
    Journey apply(String purchaser, String head, String title, CatalogueItem item, String quantity, String recipients,
                  LocalDate start, LocalDate end, boolean framework, Long agreementId) {
        Actor actor = users.actor(purchaser);
        BudgetLine line = budget.lines(actor).stream().filter(l -> l.getFiscalYear() == start.getYear()).findFirst()
                .orElseThrow(() -> new IllegalStateException(purchaser + " has no budget line for " + start.getYear()));
        intention(purchaser, item, title, recipients, item.getUnitPrice().multiply(new BigDecimal(quantity)), YearMonth.from(start));
        ProcurementProject p = projects.apply(actor, new ProjectService.Application(title, List.of(new ProjectService.Line(
                item.getId(), new BigDecimal(quantity))), recipients, start, end, line.getId(), false, false, false, framework,
                null, null, agreementId));
        return new Journey(p, purchaser, head);
    }

    /**
     * The unit published its purchase intention for the service {@link #INTENTION_LEAD} before now (财库〔2020〕10号),
     * unless one it published lets the procurement start now already.
     */
    void intention(String purchaser, CatalogueItem item, String title, String recipients, BigDecimal budget, YearMonth expected) {
        Actor actor = users.actor(purchaser);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (intentions.ofUnit(actor).stream().anyMatch(i -> i.getCatalogueItemId().equals(item.getId())
                && !intentions.startsFrom(i).isAfter(now))) {
            return;
        }
        boolean borrowed = Math.abs(now.toEpochMilli() - System.currentTimeMillis()) > Duration.ofMinutes(1).toMillis();
        at(now.minus(INTENTION_LEAD));
        try {
            YearMonth earliest = YearMonth.from(PortalClock.dayOf(now.minus(INTENTION_LEAD)));
            intentions.publish(actor, new PurchaseIntentionService.Draft(item.getId(), title,
                    "为" + recipients + "提供" + item.getName() + "服务", budget, expected.isBefore(earliest) ? earliest : expected));
        } finally {
            if (borrowed) {
                at(now);
            } else {
                present();
            }
        }
    }

    /** The framework agreement a journey's stage one concluded. */
    long agreementOf(Journey stageOne) {
        return agreements.concludedBy(stageOne.projectId).orElseThrow(
                () -> new IllegalStateException(stageOne.code + " concluded no framework agreement")).getId();
    }

    /** Borrows the clock at a moment of the past. */
    static void at(Instant moment) {
        if (moment.isAfter(Instant.now())) {
            throw new IllegalStateException("A demo journey would move the clock into the future: " + moment);
        }
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** Gives the clock back. */
    static void present() {
        ClockUtil.reset();
    }

    /** Moves the clock to {@code moment} and fires, in order, every timer due by then. */
    void fireTimersAt(Instant moment) {
        at(moment);
        ManagementService management = engine.getManagementService();
        List<Job> due;
        while (!(due = management.createJobQuery().timers().executable()
                .duedateLowerThan(Date.from(moment.plusSeconds(1))).list()).isEmpty()) {
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    final class Journey {

        private final long projectId;
        private final String code;
        private final String purchaser;
        private final String head;
        private final List<String> bidders = new ArrayList<>();
        private final Map<String, String> keys = new LinkedHashMap<>();
        private String winner;
        private BigDecimal bidBond;

        private Journey(ProcurementProject p, String purchaser, String head) {
            this.projectId = p.getId();
            this.code = p.getCode();
            this.purchaser = purchaser;
            this.head = head;
        }

        ProcurementProject project() {
            return projects.project(projectId);
        }

        /** The head approves the application. */
        Journey approve() {
            complete(head, ProcessModel.ProjectApplication.TASK_APPROVE,
                    new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, "同意申报，按程序组织采购"));
            return this;
        }

        /** Finance reviews the budget commitment, where the amount asks for a review. */
        Journey reviewBudget() {
            Actor finance = users.actor("finance");
            tasks.findTask(finance, code, ProcessModel.BudgetCommitment.TASK_FINANCE_REVIEW).ifPresent(review ->
                    tasks.complete(finance, review.id(), new FinanceReviewBudgetHandler.Form(true, "预算充足，同意")));
            return this;
        }

        /** The documents about to be published ask each bidder for this bid bond. */
        Journey bidBond(String amount) {
            this.bidBond = new BigDecimal(amount);
            return this;
        }

        /** The deadline the form proposes: the first working morning the method allows for documents published now. */
        Instant proposedDeadline() {
            return tenderDocuments.proposedBidDeadline(projectId);
        }

        /** The purchaser publishes the documents and the notice, with this bid deadline (to the minute). */
        Journey publish(Instant deadline, String criteria) {
            return publish(deadline, criteria, null);
        }

        /** The same; a framework agreement's documents say how stage two decides each call-off. */
        Journey publish(Instant deadline, String criteria, CallOffRule rule) {
            LocalDateTime local = deadline.atZone(PortalClock.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
            complete(purchaser, ProcessModel.Tendering.TASK_PREPARE_DOCUMENTS,
                    new PrepareTenderDocumentsHandler.Form(20, criteria, bidBond, local, rule, false, DemoData.NOT_FOR_SMES));
            return this;
        }

        /**
         * A provider seals a bid as their browser would and keeps the key: the journey hands it back at
         * the opening it carries out (demo data only: a real bidder's key never reaches the server).
         */
        Journey bid(String provider, String price) {
            byte[] key = BidEnvelope.newKey();
            bidding.submitBid(users.actor(provider), projectId, BidEnvelope.seal(new BidEnvelope.Plain(price,
                    "拟派团队均具有五年以上执业经验，建立首问负责与回访制度，服务响应不超过 2 小时。", List.of()), key));
            keys.put(provider, BidEnvelope.keyText(key));
            if (!bidders.contains(provider)) {
                bidders.add(provider);
            }
            return this;
        }

        /** Each provider in turn seals a bid, the i-th at {@code price.apply(i)}. */
        Journey bids(IntFunction<String> price, String... providers) {
            for (int i = 0; i < providers.length; i++) {
                bid(providers[i], price.apply(i));
            }
            return this;
        }

        /** The keys of the bids still sealed, by provider. */
        Map<String, String> keys() {
            return keys;
        }

        /** The deadline passes, every bidder decrypts their bid, the window closes: bids opened, committee drawn. */
        Journey open() {
            fireTimersAt(project().getBidDeadline().plusSeconds(60));
            keys.forEach((provider, key) -> bidding.decryptBid(users.actor(provider), projectId, key));
            keys.clear();
            fireTimersAt(project().getDecryptionWindowEnds().plusSeconds(60));
            return this;
        }

        /**
         * A negotiation or consultation: the panel's chair records one round and asks for final quotations an
         * hour later (on a working day); every supplier still in seals one 3 % below its first, and the final
         * quotations are opened. A tender has no rounds: nothing happens.
         */
        Journey negotiate() {
            Optional<WorkTask> round = tasks.openTasksOfProject(code).stream()
                    .filter(t -> t.taskKey().equals(ProcessModel.Tendering.TASK_NEGOTIATE_ROUND)).findFirst();
            if (round.isEmpty()) {
                return this;
            }
            List<Bid> stillIn = bidding.currentRound(projectId).stream().filter(Bid::isQualified).toList();
            Instant deadline = ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
            if (!deadlines.isWorkingDay(PortalClock.dayOf(deadline))) {
                deadline = deadlines.firstWorkingDayAt(deadline, TenderDocumentsService.PROPOSED_OPENING_TIME);
            }
            tasks.complete(users.actor(round.get().assignee()), round.get().id(), new NegotiateRoundHandler.Form(
                    "磋商（谈判）小组与各供应商逐一磋商服务方案、团队与报价", null, Map.of(), true,
                    LocalDateTime.ofInstant(deadline, PortalClock.ZONE)));
            for (Bid first : stillIn) {
                String provider = bidders.stream().filter(u -> users.actor(u).organisationId() == first.getProviderId())
                        .findFirst().orElseThrow();
                bid(provider, first.getPrice().multiply(new BigDecimal("0.97")).setScale(0, java.math.RoundingMode.HALF_UP)
                        .toPlainString());
            }
            return open();
        }

        /** Every expert of the committee scores every qualified bid. */
        Journey score() {
            List<Bid> qualified = bidding.currentRound(projectId).stream().filter(Bid::isQualified).toList();
            for (WorkTask scoring : tasks.openTasksOfProject(code)) {
                if (!scoring.taskKey().equals(ProcessModel.Tendering.TASK_SCORE_BIDS)) {
                    continue;
                }
                Map<Long, BigDecimal> scores = new LinkedHashMap<>();
                for (int i = 0; i < qualified.size(); i++) {
                    scores.put(qualified.get(i).getId(), BigDecimal.valueOf(70 - 5L * i));
                }
                tasks.complete(users.actor(scoring.assignee()), scoring.id(), new ScoreBidsHandler.Form(true, scores, "同意"));
            }
            return this;
        }

        /** The purchaser checks the award notice and publishes it. */
        Journey publishAward() {
            complete(purchaser, ProcessModel.Tendering.TASK_PUBLISH_AWARD, new PublishAwardHandler.Form(true));
            return this;
        }

        /** The purchaser checks a framework agreement's shortlist notice and publishes it. */
        Journey publishShortlist() {
            complete(purchaser, ProcessModel.Tendering.TASK_PUBLISH_SHORTLIST, new PublishShortlistHandler.Form(true));
            return this;
        }

        /** The head confirms the top-ranked bid. */
        Journey confirmWinner() {
            Bid first = bidding.currentRound(projectId).stream().filter(b -> Integer.valueOf(1).equals(b.getRankNo()))
                    .findFirst().orElseThrow();
            complete(head, ProcessModel.Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(first.getId(), null));
            winner = bidders.stream().filter(u -> users.actor(u).organisationId() == first.getProviderId()).findFirst()
                    .orElseThrow();
            return this;
        }

        /**
         * Below the floor: the purchaser compares the providers' quotes, the i-th at {@code price.apply(i)},
         * and takes the lowest; the contract stage begins at once.
         */
        Journey compareQuotes(IntFunction<String> price, String... providers) {
            List<PurchaseBelowFloorHandler.Quote> quotes = new ArrayList<>();
            int lowest = 0;
            for (int i = 0; i < providers.length; i++) {
                quotes.add(new PurchaseBelowFloorHandler.Quote(users.actor(providers[i]).organisationId(), new BigDecimal(price.apply(i))));
                lowest = quotes.get(i).amount().compareTo(quotes.get(lowest).amount()) < 0 ? i : lowest;
            }
            winner = providers[lowest];
            bidders.addAll(List.of(providers));
            complete(purchaser, ProcessModel.Tendering.TASK_PURCHASE_BELOW_FLOOR, new PurchaseBelowFloorHandler.Form(
                    BelowFloorPurchase.Mode.QUOTE_COMPARISON, quotes.get(lowest).providerId(), null, quotes,
                    "按本单位小额采购内部控制制度，向入库承接主体询价比较，选择报价最低者"));
            return this;
        }

        /** Under rotation, the purchaser offers the call-off to the shortlisted supplier whose turn it is. */
        Journey offerCallOff() {
            complete(purchaser, ProcessModel.Tendering.TASK_OFFER_CALL_OFF, new OfferCallOffHandler.Form(null, null, null, null));
            return this;
        }

        /** The challenge window ends without a challenge: the contract stage begins. */
        Journey closeChallengeWindow() {
            fireTimersAt(project().getChallengeWindowEnds().plusSeconds(60));
            return this;
        }

        /** The purchaser completes the contract's parts; it goes to the parties for signature. */
        Journey prepareContract(String content, String quantity, String targets) {
            ProcurementProject p = project();
            complete(purchaser, ProcessModel.ContractSigning.TASK_PREPARE, new PrepareContractHandler.Form(Map.of(
                    ContractPart.SERVICE_RECIPIENTS, p.getServiceRecipients(),
                    ContractPart.SERVICE_CONTENT, content,
                    ContractPart.SERVICE_TERM, p.getTermStart() + " 至 " + p.getTermEnd(),
                    ContractPart.QUANTITY_AND_QUALITY, quantity,
                    ContractPart.RIGHTS_AND_OBLIGATIONS, "甲方提供服务场所与工作条件并组织考核，乙方派驻具备资质的人员按约定提供服务",
                    ContractPart.PRICE_AND_SETTLEMENT, "合同总价按成交价，服务期满验收合格后一次性支付",
                    ContractPart.PERFORMANCE_TARGETS, targets,
                    ContractPart.LIABILITY_FOR_BREACH, "未完成约定服务量的，按未完成比例扣减服务费，最高扣减 20%"),
                    BigDecimal.ZERO, 20, 30, List.of(new PrepareContractHandler.InstalmentLine(100, "服务期满验收合格后支付"))));
            return this;
        }

        Journey signByProvider() {
            complete(winner, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER, new Signature(true));
            return this;
        }

        Journey signByPurchaser() {
            complete(purchaser, ProcessModel.ContractSignatures.TASK_SIGN_PURCHASER, new Signature(true));
            return this;
        }

        /** The purchaser checks the signed contract's text and publishes it. */
        Journey publishContract() {
            complete(purchaser, ProcessModel.ContractPublication.TASK_PUBLISH, new PublishContractHandler.Form(true));
            return this;
        }

        /** The service term ends: the report of its (single) period falls due. */
        Journey endTerm() {
            fireTimersAt(PortalClock.startOfDay(project().getTermEnd().plusDays(1)).plusSeconds(60));
            return this;
        }

        /** The provider reports the whole contracted quantity delivered. */
        Journey report() {
            Map<Measure, BigDecimal> delivered = contracts.indicators(contracts.ofProject(projectId).getId()).stream()
                    .collect(Collectors.toMap(ContractIndicator::getMeasure, ContractIndicator::getTarget, BigDecimal::add,
                            LinkedHashMap::new));
            complete(winner, ProcessModel.PerformanceMonitoring.TASK_REPORT, new ReportPerformanceHandler.Form(delivered,
                    "按合同约定完成全部服务，服务记录与回访记录齐全"));
            return this;
        }

        /** The purchaser evaluates the service with recipients' representatives: passed. */
        Journey accept() {
            complete(purchaser, ProcessModel.AcceptanceEvaluation.TASK_EVALUATE, new EvaluateAcceptanceHandler.Form(
                    new BigDecimal("27"), new BigDecimal("45"), new BigDecimal("18"), "服务对象代表三名", null,
                    "服务按约定完成，服务对象评价良好，同意验收"));
            return this;
        }

        Journey approvePayment() {
            complete(head, ProcessModel.Payment.TASK_APPROVE, new ApprovePaymentHandler.Form(true, null));
            return this;
        }

        private void complete(String username, String taskKey, Object form) {
            Actor actor = users.actor(username);
            WorkTask task = tasks.findTask(actor, code, taskKey).orElseThrow(
                    () -> new IllegalStateException(username + " has no " + taskKey + " in " + code));
            tasks.complete(actor, task.id(), form);
        }
    }
}
