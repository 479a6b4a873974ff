package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.acceptance.AcceptanceService;
import cn.gov.legalprocurement.acceptance.RectifyServiceHandler;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.budget.ReviseBudgetHandler;
import cn.gov.legalprocurement.challenge.AnswerChallengeHandler;
import cn.gov.legalprocurement.challenge.Challenge;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractPart;
import cn.gov.legalprocurement.contract.EscalateSigningHandler;
import cn.gov.legalprocurement.contract.PrepareContractHandler;
import cn.gov.legalprocurement.contract.Signature;
import cn.gov.legalprocurement.evaluation.EvaluationService;
import cn.gov.legalprocurement.evaluation.NegotiateRoundHandler;
import cn.gov.legalprocurement.payment.ApprovePaymentHandler;
import cn.gov.legalprocurement.payment.Payment;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.payment.ReleasePaymentHandler;
import cn.gov.legalprocurement.performance.PerformanceService;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.ApproveMethodSwitchHandler;
import cn.gov.legalprocurement.tender.Award;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.tender.DecideAfterFailedTenderHandler;
import cn.gov.legalprocurement.tender.FailedTenderDecision;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every statutory path of the procurement flow, driven through the services as the users would. */
class ProcurementPathsTest extends ProcessTestSupport {

    @Autowired
    EvaluationService evaluation;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    BudgetService budget;
    @Autowired
    PublicationService publication;
    @Autowired
    PaymentService payments;
    @Autowired
    PerformanceService performance;
    @Autowired
    AcceptanceService acceptance;

    @Test
    void failedTenderSwitchesToCompetitiveNegotiation() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "700"));
        p = publishTender(unit, p, 30);
        bid(p, 1, "1700000");
        bid(p, 2, "1650000");
        openBids(p);

        // two qualified bids are fewer than three: the tender fails and the notice says so
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_DECIDE_AFTER_FAILURE);
        assertThat(reload(p).getFailedTenders()).isEqualTo(1);
        assertThat(publication.ofProject(p.getId())).extracting(Announcement::getKind)
                .contains(Announcement.Kind.FAILED_TENDER_NOTICE);

        complete(unit.purchaser(), p, Tendering.TASK_DECIDE_AFTER_FAILURE, new DecideAfterFailedTenderHandler.Form(
                FailedTenderDecision.SWITCH_METHOD, ProcurementMethod.COMPETITIVE_NEGOTIATION, "公开招标合格供应商不足三家"));
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_APPROVE_METHOD_SWITCH);
        complete("finance", p, Tendering.TASK_APPROVE_METHOD_SWITCH, new ApproveMethodSwitchHandler.Form(true, "同意"));
        p = reload(p);
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_NEGOTIATION);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_PREPARE_DOCUMENTS);

        // negotiation: 3 working days suffice, and two suppliers are enough after a failed tender
        p = publishTender(unit, p, 30);
        assertThat(p.getTenderRound()).isEqualTo(2);
        assertThat(Duration.between(now(), p.getBidDeadline())).isLessThan(Duration.ofDays(10));
        bid(p, 1, "1690000");
        bid(p, 2, "1640000");
        openBids(p);
        // a panel of three negotiates, then asks the two for final quotations; the lowest wins (74号令 35)
        assertThat(evaluation.members(p.getId())).hasSize(3);
        String chair = evaluation.members(p.getId()).get(0);
        complete(chair, p, Tendering.TASK_NEGOTIATE_ROUND, new NegotiateRoundHandler.Form("逐一谈判服务方案与报价", null,
                Map.of(), true, LocalDateTime.ofInstant(deadlines.firstWorkingDayAt(now().plus(Duration.ofDays(2)), LocalTime.of(10, 0)),
                        PortalClock.ZONE)));
        ProcurementProject finalRound = reload(p);
        bid(finalRound, 1, "1660000");
        bid(finalRound, 2, "1600000");
        openBids(finalRound);
        assertThat(rankedFirst(p).getPrice()).isEqualByComparingTo("1600000");
        complete(unit.head(), p, Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(rankedFirst(p).getId(), null));
        assertThat(awards.currentAward(p.getId())).get().extracting(Award::getStatus).isEqualTo(Award.Status.CONFIRMED);
        publishAward(unit, p);
        assertThat(awards.currentAward(p.getId())).get().extracting(Award::getStatus).isEqualTo(Award.Status.PUBLISHED);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_CHALLENGE_WINDOW);
    }

    @Test
    void upheldChallengeSendsProjectBackToEvaluation() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = awardOpenTender(unit);
        Bid firstWinner = rankedFirst(p);

        Challenge challenge = challenges.file(fixtures.actor("provider2"), p.getId(), "第一名的服务团队人数与资格证明不符，评分有误");
        assertThat(challenge.getStatus()).isEqualTo(Challenge.Status.OPEN);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_ANSWER_CHALLENGE);
        // while the challenge is open, the project cannot reach contract signing
        at(reload(p).getChallengeWindowEnds().plus(Duration.ofDays(1)));
        assertThat(fireDueTimers()).isZero();
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.TENDERING);

        complete(unit.purchaser(), p, Tendering.TASK_ANSWER_CHALLENGE,
                new AnswerChallengeHandler.Form(Challenge.Status.UPHELD_REEVALUATE, "经复核质疑成立，组织原评审委员会重新评审"));
        assertThat(challenges.ofProject(p.getId())).extracting(Challenge::getStatus)
                .containsExactly(Challenge.Status.UPHELD_REEVALUATE);
        assertThat(awards.currentAward(p.getId())).isEmpty();
        assertThat(publication.ofProject(p.getId())).extracting(Announcement::getKind)
                .contains(Announcement.Kind.AWARD_CANCELLED_NOTICE);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_SCORE_BIDS);
        assertThat(bidding.currentRound(p.getId())).allMatch(b -> b.getRankNo() == null);

        scoreAll(p, Map.of(0, "40", 1, "65", 2, "50", 3, "58"));
        Bid newWinner = rankedFirst(p);
        assertThat(newWinner.getId()).isNotEqualTo(firstWinner.getId());
        assertThat(newWinner.getProviderId()).isEqualTo(fixtures.providers.get(1).getId());
        complete(unit.head(), p, Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(newWinner.getId(), null));
        publishAward(unit, p);
        passDate(p, Tendering.ID, ProcessModel.Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.CONTRACT);
        assertThat(contracts.ofProject(p.getId()).getProviderId()).isEqualTo(fixtures.providers.get(1).getId());
    }

    @Test
    void failedAcceptanceIsRectifiedThenPasses() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        reportPeriods(unit, p, "provider1", 250, 240, 220);

        evaluateAcceptance(unit, p, "20", "25", "10");
        long contractId = contracts.ofProject(p.getId()).getId();
        assertThat(acceptance.evaluations(contractId)).singleElement().satisfies(e -> {
            assertThat(e.isPassed()).isFalse();
            assertThat(e.getTotalScore()).isEqualByComparingTo("55");
        });
        assertThat(instance(p, ProcessModel.AcceptanceEvaluation.ID)).isWaitingAt(ProcessModel.AcceptanceEvaluation.TASK_RECTIFY);
        assertThat(publication.ofProject(p.getId())).extracting(Announcement::getKind)
                .doesNotContain(Announcement.Kind.ACCEPTANCE_RESULT);

        complete("provider1", p, ProcessModel.AcceptanceEvaluation.TASK_RECTIFY,
                new RectifyServiceHandler.Form("补充案卷归档，完善受援人回访记录"));
        evaluateAcceptance(unit, p, "27", "44", "17");
        assertThat(acceptance.evaluations(contractId)).extracting(e -> e.isPassed()).containsExactly(false, true);
        assertThat(acceptance.evaluations(contractId).get(0).getRectification()).contains("回访");
        assertThat(publication.ofProject(p.getId())).extracting(Announcement::getKind)
                .contains(Announcement.Kind.ACCEPTANCE_RESULT);
        assertThat(instance(p, ProcessModel.Payment.ID)).isWaitingAt(ProcessModel.Payment.TASK_APPROVE);
    }

    @Test
    void paymentWithShortfallDeductionAndLateInterest() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        // 630 of 700 cases: behind the pro-rata target in every period
        reportPeriods(unit, p, "provider1", 200, 200, 230);
        long contractId = contracts.ofProject(p.getId()).getId();
        assertThat(performance.warnings(contractId)).hasSize(3).allMatch(w -> w.getActionTaken() != null);
        assertThat(performance.deliveryRatio(contractId)).isEqualByComparingTo("0.9000");

        evaluateAcceptance(unit, p, "26", "40", "16");
        Payment payment = payments.ofContract(contractId).get(0);
        // 10 % missing, within the contract's 20 % cap: 10 % of 1,800,000 is deducted
        assertThat(payment.getGrossAmount()).isEqualByComparingTo("1800000.00");
        assertThat(payment.getDeduction()).isEqualByComparingTo("180000.00");
        assertThat(payment.getNetAmount()).isEqualByComparingTo("1620000.00");
        // 30 days (the SME limit), ending on the next working day when the 30th is a rest day (民法典 203)
        LocalDate due = cn.gov.legalprocurement.shared.PortalClock.dayOf(now()).plusDays(30);
        while (!deadlines.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        assertThat(payment.getDueDate()).isEqualTo(due);

        complete(unit.head(), p, ProcessModel.Payment.TASK_APPROVE, new ApprovePaymentHandler.Form(true, "同意"));
        // finance pays ten days after the SME payment clock ran out: 0.05 % a day
        at(cn.gov.legalprocurement.shared.PortalClock.startOfDay(payment.getDueDate().plusDays(10)).plus(Duration.ofHours(10)));
        complete("finance", p, ProcessModel.Payment.TASK_RELEASE, new ReleasePaymentHandler.Form("ZF-2027-0101"));
        Payment released = payments.payment(payment.getId());
        assertThat(released.getStatus()).isEqualTo(Payment.Status.RELEASED);
        assertThat(released.getLateInterest()).isEqualByComparingTo("8100.00");
        assertThat(budget.line(unit.budgetLineId()).getPaid()).isEqualByComparingTo("1620000.00");
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.CLOSED);
    }

    @Test
    void insufficientBudgetReturnsToPurchaser() {
        Unit unit = fixtures.newUnit("100000");
        ProcurementProject p = apply(unit, fixtures.villageAdviser, "60");   // 120,000 on a 100,000 line
        complete(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE,
                new cn.gov.legalprocurement.project.ApproveApplicationHandler.Form(
                        cn.gov.legalprocurement.project.ApplicationDecision.APPROVE, null));

        assertThat(instance(p, ProcessModel.BudgetCommitment.ID)).isWaitingAt(ProcessModel.BudgetCommitment.TASK_REVISE);
        assertThat((String) runtime.getVariable(instance(p, ProcessModel.BudgetCommitment.ID).getId(), ProcessModel.BudgetCommitment.VAR_PROBLEM))
                .contains("可用余额 100,000.00 元").contains("120,000.00");
        assertThat(budget.line(unit.budgetLineId()).getCommitted()).isEqualByComparingTo("0");
        assertThat(budget.unpaidCommitment(p.getId())).isEqualByComparingTo("0");

        // the purchaser lowers the amount to what the line allows
        complete(unit.purchaser(), p, ProcessModel.BudgetCommitment.TASK_REVISE,
                new ReviseBudgetHandler.Form(true, unit.budgetLineId(), new BigDecimal("96000")));
        assertThat(budget.line(unit.budgetLineId()).getCommitted()).isEqualByComparingTo("96000.00");
        assertThat(reload(p).getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
    }

    @Test
    void splittingIsBlocked() {
        Unit unit = fixtures.newUnit("5000000");
        ProcurementProject first = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "600"));   // 1,200,000
        assertThat(first.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
        long before = projects.visibleTo(fixtures.actor(unit.purchaser())).size();

        assertThatThrownBy(() -> apply(unit, fixtures.villageAdviser, "450"))   // + 900,000 reaches 2,000,000
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("items");
                    assertThat(e.code()).isEqualTo("error.project.splitting");
                    assertThat(e.getMessage()).contains("化整为零").contains("2027 年度").contains("1,200,000.00").contains("2,000,000.00");
                });
        assertThat(projects.visibleTo(fixtures.actor(unit.purchaser()))).hasSize((int) before);
        // a different item is not splitting
        assertThat(apply(unit, fixtures.legalAidCase, "100").getId()).isNotNull();
    }

    @Test
    void bidAfterDeadlineIsRefused() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        var early = bid(p, 1, "1700000");
        at(p.getBidDeadline());

        assertThatThrownBy(() -> bid(p, 2, "1600000")).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.kind()).isEqualTo(PortalException.Kind.CONFLICT);
            assertThat(e.code()).isEqualTo("error.tender.deadline-passed");
        });
        assertThatThrownBy(() -> bidding.withdrawBid(fixtures.actor("provider2"), early.id()))
                .isInstanceOf(PortalException.class).hasMessageContaining("已过");
        assertThat(bidding.currentRound(p.getId())).singleElement().extracting(Bid::getStatus).isEqualTo(Bid.Status.SEALED);
    }

    @Test
    void awardBeforeDeadlineIsImpossible() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        for (int i = 0; i < 4; i++) {
            bid(p, i, "1700000");
        }
        at(p.getBidDeadline().minusSeconds(60));

        assertThat(fireDueTimers()).isZero();
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_BID_PERIOD);
        Job timer = management.createJobQuery().processInstanceId(instance(p, Tendering.ID).getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(p.getBidDeadline()));
        assertThat(findTask(unit.head(), p, Tendering.TASK_CONFIRM_WINNER)).isEmpty();
        assertThat(bidding.currentRound(p.getId())).allMatch(b -> b.getPrice() == null && b.getRankNo() == null);
        assertThatThrownBy(() -> opening.openBids(p.getId())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> bidding.openedBids(fixtures.actor("supervisor"), p.getId()))
                .isInstanceOf(PortalException.class);
    }

    @Test
    void contractMissingMandatoryPartIsRefused() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = awardOpenTender(unit);
        passDate(p, Tendering.ID, ProcessModel.Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        Contract draft = contracts.ofProject(p.getId());
        assertThat(draft.parts().get("liabilityForBreach")).isNull();

        assertThatThrownBy(() -> complete(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE, contractForm(" ")))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("liabilityForBreach");
                    assertThat(e.getMessage()).startsWith("违约责任：");
                });
        PrepareContractHandler.Form bondTooHigh = new PrepareContractHandler.Form(Map.of(
                    ContractPart.SERVICE_RECIPIENTS, "a",
                    ContractPart.SERVICE_CONTENT, "b",
                    ContractPart.SERVICE_TERM, "c",
                    ContractPart.QUANTITY_AND_QUALITY, "d",
                    ContractPart.RIGHTS_AND_OBLIGATIONS, "e",
                    ContractPart.PRICE_AND_SETTLEMENT, "f",
                    ContractPart.PERFORMANCE_TARGETS, "g",
                    ContractPart.LIABILITY_FOR_BREACH, "h"),
                    new BigDecimal("180000.01"), 20, 30, List.of(new PrepareContractHandler.InstalmentLine(100, "验收后")));
        assertThatThrownBy(() -> complete(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE, bondTooHigh))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("performanceBond"));

        assertThat(contracts.contract(draft.getId()).getStatus()).isEqualTo(Contract.Status.DRAFT);
        assertThat(contracts.instalments(draft.getId())).singleElement().satisfies(i -> assertThat(i.getDescription()).contains("一次性"));
        assertThat(instance(p, ProcessModel.ContractSigning.ID)).isWaitingAt(ProcessModel.ContractSigning.TASK_PREPARE);
    }

    @Test
    void signingTimerEscalatesToHead() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = awardOpenTender(unit);
        passDate(p, Tendering.ID, ProcessModel.Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        complete(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE, contractForm("按日万分之五支付违约金"));
        complete(unit.purchaser(), p, ProcessModel.ContractSignatures.TASK_SIGN_PURCHASER, new Signature(true));
        assertThat(findTask(unit.head(), p, ProcessModel.ContractSigning.TASK_ESCALATE)).isEmpty();

        passDate(p, ProcessModel.ContractSigning.ID, ProcessModel.Tendering.VAR_SIGNING_ESCALATION_AT);
        assertThat(task(unit.head(), p, ProcessModel.ContractSigning.TASK_ESCALATE).due())
                .isEqualTo(((Date) runtime.getVariable(instance(p, ProcessModel.ContractSigning.ID).getId(), ProcessModel.Tendering.VAR_SIGNING_DEADLINE)).toInstant());
        // the escalation does not interrupt the signatures
        assertThat(task("provider1", p, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER)).isNotNull();
        complete(unit.head(), p, ProcessModel.ContractSigning.TASK_ESCALATE,
                new EscalateSigningHandler.Form("请承接主体三日内完成签署"));
        complete("provider1", p, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER, new Signature(true));
        assertThat(contracts.ofProject(p.getId()).getStatus()).isEqualTo(Contract.Status.IN_FORCE);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.PERFORMANCE);
    }
}
