package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.framework.AnswerCallOffHandler;
import cn.gov.legalprocurement.framework.CallOff;
import cn.gov.legalprocurement.framework.CallOffQuotationService;
import cn.gov.legalprocurement.framework.CallOffService;
import cn.gov.legalprocurement.framework.FrameworkAgreement;
import cn.gov.legalprocurement.framework.FrameworkAgreementService;
import cn.gov.legalprocurement.framework.FrameworkMember;
import cn.gov.legalprocurement.framework.OfferCallOffHandler;
import cn.gov.legalprocurement.framework.PublishShortlistHandler;
import cn.gov.legalprocurement.project.CallOffRule;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A framework agreement (财政部令第110号) for village legal advisers: stage one shortlists by the committee's
 * ranking (rules {@code framework-elimination-min-percent}, {@code min-suppliers-framework-agreement}); its term is
 * at most {@code framework-agreement-max-term-months}; stage two awards three call-offs by rotation, one declined and
 * one lapsed unanswered ({@code call-off-answer-working-days}), each with its own contract; the fairness report shows
 * the call-offs and amounts per supplier.
 */
class FrameworkAgreementTest extends ProcessTestSupport {

    static final LocalDate AGREEMENT_START = LocalDate.of(2027, 1, 1);
    static final LocalDate AGREEMENT_END = LocalDate.of(2028, 12, 31);
    /** Five villages for twelve months at 2,000 CNY a month: the estimate the stage-one bids price. */
    static final String REFERENCE_MONTHS = "60";

    @Autowired
    FrameworkAgreementService agreements;
    @Autowired
    CallOffService callOffs;
    @Autowired
    PublicationService publication;
    @Autowired
    BudgetService budget;
    @Autowired
    CallOffQuotationService quotations;

    ProcurementProject applyFor(Unit unit, String title, CatalogueItem item, String quantity, LocalDate start, LocalDate end,
                                boolean framework, Long agreementId) {
        return projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application(title,
                List.of(new ProjectService.Line(item.getId(), new BigDecimal(quantity))), "平湖市各村（社区）", start, end,
                unit.budgetLineId(), false, false, false, framework, null, null, agreementId));
    }

    /** Stage one up to the shortlist: four suppliers respond, provider 4 ranks last. */
    ProcurementProject shortlisted(Unit unit, CallOffRule rule) {
        ProcurementProject p = approveAndCommit(unit, applyFor(unit, "2027—2028年度村（社区）法律顾问框架协议", fixtures.villageAdviser,
                REFERENCE_MONTHS, AGREEMENT_START, AGREEMENT_END, true, null));
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.FRAMEWORK_AGREEMENT);
        LocalDateTime deadline = tenderDocuments.proposedBidDeadline(p.getId()).atZone(PortalClock.ZONE).toLocalDateTime();
        assertThatThrownBy(() -> complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS,
                new PrepareTenderDocumentsHandler.Form(30, "服务方案、驻点安排、团队资质", null, deadline, null, false, ProcessTestSupport.NOT_FOR_SMES)))
                .as("the documents say how stage two decides").isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.field()).isEqualTo("callOffRule"));
        complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS,
                new PrepareTenderDocumentsHandler.Form(30, "服务方案、驻点安排、团队资质", null, deadline, rule, false, ProcessTestSupport.NOT_FOR_SMES));
        ProcurementProject scored = bidsScored(reload(p));
        assertThat(instance(scored, Tendering.ID)).isWaitingAt(Tendering.TASK_PUBLISH_SHORTLIST);
        assertThat(agreements.shortlistNoticeText(scored.getId())).contains("入围供应商（按评审排名）");
        complete(unit.purchaser(), scored, Tendering.TASK_PUBLISH_SHORTLIST, new PublishShortlistHandler.Form(true));
        return reload(scored);
    }

    /** Rule {@code award-notice-working-days} for the shortlist: nobody publishes it, the portal does in the period's last hour. */
    @Test
    void theShortlistNoticeIsPublishedByThePortalInTheLastHourOfItsPeriod() {
        Unit unit = fixtures.newUnit("500000");
        ProcurementProject p = approveAndCommit(unit, applyFor(unit, "村（社区）法律顾问框架协议", fixtures.villageAdviser,
                REFERENCE_MONTHS, AGREEMENT_START, AGREEMENT_END, true, null));
        LocalDateTime deadline = tenderDocuments.proposedBidDeadline(p.getId()).atZone(PortalClock.ZONE).toLocalDateTime();
        complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS, new PrepareTenderDocumentsHandler.Form(30,
                "服务方案、驻点安排", null, deadline, CallOffRule.ROTATION, false, ProcessTestSupport.NOT_FOR_SMES));
        ProcurementProject scored = bidsScored(reload(p));
        java.time.Instant due = task(unit.purchaser(), scored, Tendering.TASK_PUBLISH_SHORTLIST).due();
        assertThat(due).isEqualTo(deadlines.workingDaysEnd(now(), 2));
        at(due.minus(java.time.Duration.ofMinutes(61)));
        assertThat(fireDueTimers()).isZero();
        at(due.minus(java.time.Duration.ofMinutes(30)));
        assertThat(fireDueTimers()).isPositive();
        assertThat(instance(scored, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_CHALLENGE_WINDOW);
        assertThat(publication.ofProject(p.getId())).anyMatch(a -> a.getKind() == Announcement.Kind.SHORTLIST_NOTICE);
    }

    /** {@code min-suppliers-framework-agreement} (2): one response fails stage one; two carry it on to the committee. */
    @Test
    void stageOneNeedsTwoSuppliersMeetingTheRequirements() {
        for (int responses = 1; responses <= 2; responses++) {
            Unit unit = fixtures.newUnit("3000000");
            ProcurementProject p = approveAndCommit(unit, applyFor(unit, "村（社区）法律顾问框架协议", fixtures.villageAdviser,
                    REFERENCE_MONTHS, AGREEMENT_START, AGREEMENT_END, true, null));
            LocalDateTime deadline = tenderDocuments.proposedBidDeadline(p.getId()).atZone(PortalClock.ZONE).toLocalDateTime();
            complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS, new PrepareTenderDocumentsHandler.Form(30,
                    "服务方案、驻点安排", null, deadline, CallOffRule.ROTATION, false, ProcessTestSupport.NOT_FOR_SMES));
            for (int i = 0; i < responses; i++) {
                bid(reload(p), i, String.valueOf(110000 - 1000 * i));
            }
            openBids(reload(p));
            if (responses == 1) {
                assertThat(instance(p, Tendering.ID)).as("one response").isWaitingAt(Tendering.TASK_DECIDE_AFTER_FAILURE);
            } else {
                assertThat(committeeOf(p)).as("two responses").isNotEmpty();
                assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_SCORE_BIDS);
            }
        }
    }

    ProcurementProject bidsScored(ProcurementProject p) {
        bid(p, 0, "110000");
        bid(p, 1, "105000");
        bid(p, 2, "100000");
        bid(p, 3, "118000");
        openBids(p);
        scoreAll(p, Map.of(0, "60", 1, "58", 2, "55", 3, "30"));
        return reload(p);
    }

    /** The challenge window on the shortlist closes: the agreement is in force. */
    FrameworkAgreement inForce(ProcurementProject p) {
        passDate(p, Tendering.ID, Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        assertThat(instance(p, Procurement.ID)).isWaitingAt(Procurement.TIMER_FRAMEWORK_AGREEMENT_EXPIRES);
        return agreements.concludedBy(p.getId()).orElseThrow();
    }

    /** A unit's call-off of {@code months} adviser-months under the agreement, up to the offer. */
    ProcurementProject callOff(Unit unit, FrameworkAgreement agreement, String months) {
        ProcurementProject c = approveAndCommit(unit, applyFor(unit, "驻村法律顾问服务（框架协议合同授予）", fixtures.villageAdviser,
                months, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 7, 31), false, agreement.getId()));
        assertThat(c.getMethod()).isEqualTo(ProcurementMethod.FRAMEWORK_CALL_OFF);
        assertThat(instance(c, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_OFFER_CALL_OFF);
        return c;
    }

    long inTurn(ProcurementProject c) {
        return callOffs.choice(fixtures.actor(c.getApplicant()), c.getId()).nextInTurn().orElseThrow();
    }

    void offer(ProcurementProject c) {
        complete(c.getApplicant(), c, Tendering.TASK_OFFER_CALL_OFF, new OfferCallOffHandler.Form(null, null, null, null));
    }

    void answer(ProcurementProject c, long providerId, boolean accept, String reason) {
        complete(providerUser(providerId), c, Tendering.TASK_ANSWER_CALL_OFF, new AnswerCallOffHandler.Form(accept, reason));
    }

    /** The purchaser asks every eligible member to quote for the call-off by the earliest working morning allowed. */
    LocalDateTime askForQuotations(ProcurementProject c) {
        LocalDateTime deadline = deadlines.firstWorkingDayAt(quotations.earliestDeadline(c.getId()), java.time.LocalTime.of(9, 30))
                .atZone(PortalClock.ZONE).toLocalDateTime();
        complete(c.getApplicant(), c, Tendering.TASK_OFFER_CALL_OFF,
                new OfferCallOffHandler.Form(null, "驻村法律顾问 6 个月，每周驻点 1 天，按月报送服务台账", null, deadline));
        return deadline;
    }

    /**
     * Rule {@code call-off-quotation-working-days} (110号令 39): by second-round quotation only the eligible members quote,
     * sealed, by a deadline that gives them the response time; one above its agreement price is refused, the lowest of
     * the rest wins at its price and counts in the fairness report.
     */
    @Test
    void aCallOffBySecondRoundQuotationGoesToTheLowestQuotationWithinTheAgreementPrice() {
        FrameworkAgreement agreement = inForce(shortlisted(fixtures.newUnit("500000"), CallOffRule.SECOND_ROUND_QUOTATION));
        at(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(PortalClock.ZONE).toInstant());
        ProcurementProject c = callOff(fixtures.newUnit("100000"), agreement, "6");
        List<FrameworkMember> members = agreements.members(agreement.getId());
        FrameworkMember a = members.get(0);
        FrameworkMember b = members.get(1);
        FrameworkMember d = members.get(2);
        BigDecimal ceilingOfA = agreement.callOffAmount(a, c.getEstimatedAmount());

        assertThatThrownBy(() -> offer(c)).as("no direct offer under this rule").isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.code()).isEqualTo("error.call-off.by-quotation"));
        LocalDateTime tooEarly = LocalDateTime.ofInstant(quotations.earliestDeadline(c.getId()), PortalClock.ZONE).minusHours(20);
        assertThatThrownBy(() -> complete(c.getApplicant(), c, Tendering.TASK_OFFER_CALL_OFF,
                new OfferCallOffHandler.Form(null, "驻村法律顾问", null, tooEarly))).isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("quotationDeadline");
                    assertThat(e.code()).isEqualTo("error.call-off.quotation-too-early");
                });
        LocalDateTime deadline = askForQuotations(c);
        assertThat(reload(c).getBidDeadline()).isEqualTo(deadline.atZone(PortalClock.ZONE).toInstant());
        assertThat(instance(c, Tendering.ID)).isWaitingAt(Tendering.TIMER_QUOTATION_DEADLINE);
        assertThatThrownBy(() -> bid(reload(c), 4, "8000")).as("only the shortlist quotes")
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.bid.not-invited"));

        bid(reload(c), providerIndex(a.getProviderId()), ceilingOfA.add(BigDecimal.ONE).toPlainString());
        bid(reload(c), providerIndex(b.getProviderId()), "8500");
        bid(reload(c), providerIndex(d.getProviderId()), "8000");
        openBids(reload(c));

        assertThat(history(c, Tendering.ID).getEndActivityId()).isEqualTo(Tendering.END_CALLED_OFF_BY_QUOTATION);
        Bid aboveCeiling = bidding.currentRound(c.getId()).stream().filter(x -> x.getProviderId().equals(a.getProviderId()))
                .findFirst().orElseThrow();
        assertThat(aboveCeiling.getStatus()).isEqualTo(Bid.Status.DISQUALIFIED);
        assertThat(aboveCeiling.getDisqualificationReason()).contains("协议价格", ceilingOfA.toPlainString());
        assertThat(awards.currentAward(c.getId())).hasValueSatisfying(w -> {
            assertThat(w.getProviderId()).isEqualTo(d.getProviderId());
            assertThat(w.getAmount()).isEqualByComparingTo("8000");
            assertThat(w.getBidId()).isNotNull();
        });
        assertThat(callOffs.ofProject(c.getId())).singleElement().satisfies(o -> {
            assertThat(o.getStatus()).isEqualTo(CallOff.Status.ACCEPTED);
            assertThat(o.getProviderId()).isEqualTo(d.getProviderId());
        });
        assertThat(task(c.getApplicant(), c, ContractSigning.TASK_PREPARE)).isNotNull();
    }

    /** No quotation within its agreement price: the purchaser decides again, and may now end the call-off. */
    @Test
    void aSecondRoundQuotationWithoutAValidQuotationGoesBackToThePurchaserWhoMayEndIt() {
        FrameworkAgreement agreement = inForce(shortlisted(fixtures.newUnit("500000"), CallOffRule.SECOND_ROUND_QUOTATION));
        at(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(PortalClock.ZONE).toInstant());
        ProcurementProject c = callOff(fixtures.newUnit("100000"), agreement, "6");
        FrameworkMember a = agreements.members(agreement.getId()).get(0);
        askForQuotations(c);
        bid(reload(c), providerIndex(a.getProviderId()), agreement.callOffAmount(a, c.getEstimatedAmount()).add(BigDecimal.TEN).toPlainString());
        openBids(reload(c));
        assertThat(instance(c, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_OFFER_CALL_OFF);
        assertThat(awards.currentAward(c.getId())).isEmpty();
        complete(c.getApplicant(), c, Tendering.TASK_OFFER_CALL_OFF,
                new OfferCallOffHandler.Form(null, "二次竞价无有效报价，终止本次合同授予", true, null));
        assertThat(history(c, Tendering.ID).getEndActivityId()).isEqualTo(Tendering.END_CALL_OFF_TERMINATED);
    }

    /** Every shortlisted supplier declines a call-off: the purchaser ends it, the project is cancelled, its budget released. */
    @Test
    void whenEverySupplierDeclinesThePurchaserEndsTheCallOff() {
        FrameworkAgreement agreement = inForce(shortlisted(fixtures.newUnit("500000"), CallOffRule.ROTATION));
        at(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(PortalClock.ZONE).toInstant());
        ProcurementProject c = callOff(fixtures.newUnit("100000"), agreement, "6");
        assertThat(budget.unpaidCommitment(c.getId())).isPositive();
        OfferCallOffHandler.Form end = new OfferCallOffHandler.Form(null, "入围供应商均放弃本次合同授予", true, null);
        assertThatThrownBy(() -> complete(c.getApplicant(), c, Tendering.TASK_OFFER_CALL_OFF, end))
                .as("not while a member may be offered it").isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.code()).isEqualTo("error.call-off.members-left"));
        for (FrameworkMember m : agreements.members(agreement.getId())) {
            assertThat(inTurn(c)).isEqualTo(m.getProviderId());
            offer(c);
            answer(c, m.getProviderId(), false, "本期已满负荷");
        }
        assertThatThrownBy(() -> offer(c)).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.code()).isEqualTo("error.call-off.nobody-left"));
        assertThatThrownBy(() -> complete(c.getApplicant(), c, Tendering.TASK_OFFER_CALL_OFF,
                new OfferCallOffHandler.Form(null, " ", true, null))).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.field()).isEqualTo("reason"));
        complete(c.getApplicant(), c, Tendering.TASK_OFFER_CALL_OFF, end);
        assertThat(history(c, Tendering.ID).getEndActivityId()).isEqualTo(Tendering.END_CALL_OFF_TERMINATED);
        assertThat(reload(c).getStage()).isEqualTo(ProjectStage.CANCELLED);
        assertThat(budget.unpaidCommitment(c.getId())).as("the call-off's budget is released").isZero();
        assertThat(awards.currentAward(c.getId())).isEmpty();
    }

    @Test
    void threeCallOffsGoByRotationSkippingTheDeclinedAndTheFairnessReportShowsThem() {
        Unit unit = fixtures.newUnit("500000");
        ProcurementProject p = shortlisted(unit, CallOffRule.ROTATION);

        // 4 suppliers meet the requirements: at least 20 % and at least one are eliminated, the last-ranked
        List<Bid> shortlist = agreements.shortlist(p.getId());
        assertThat(shortlist).hasSize(3).extracting(Bid::getRankNo).containsExactly(1, 2, 3);
        assertThat(shortlist).extracting(Bid::getProviderId).doesNotContain(fixtures.providers.get(3).getId());
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_CHALLENGE_WINDOW);
        Announcement notice = publication.ofProject(p.getId()).stream()
                .filter(a -> a.getKind() == Announcement.Kind.SHORTLIST_NOTICE).findFirst().orElseThrow();
        assertThat(notice.getBody()).contains("顺序轮候", fixtures.providers.get(providerIndex(shortlist.get(0).getProviderId())).getName())
                .doesNotContain(fixtures.providers.get(3).getName());
        assertThat(awards.currentAward(p.getId())).as("a shortlist is no award").isEmpty();

        FrameworkAgreement agreement = inForce(p);
        List<FrameworkMember> members = agreements.members(agreement.getId());
        assertThat(members).extracting(FrameworkMember::getProviderId)
                .containsExactlyElementsOf(shortlist.stream().map(Bid::getProviderId).toList());
        assertThat(members).extracting(FrameworkMember::getPosition).containsExactly(1, 2, 3);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.AGREEMENT);
        assertThat(budget.unpaidCommitment(p.getId())).as("each call-off commits its own budget").isZero();
        long first = members.get(0).getProviderId();
        long second = members.get(1).getProviderId();
        long third = members.get(2).getProviderId();

        // before the term a call-off is refused; so is one for services the agreement does not cover
        Unit early = fixtures.newUnit("100000");
        assertThatThrownBy(() -> applyFor(early, "驻村法律顾问", fixtures.villageAdviser, "6", LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 7, 31), false, agreement.getId())).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.code()).isEqualTo("error.call-off.no-agreement"));
        at(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(PortalClock.ZONE).toInstant());
        assertThatThrownBy(() -> applyFor(early, "法律援助", fixtures.legalAidCase, "3", LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 7, 31), false, agreement.getId())).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.code()).isEqualTo("error.call-off.other-subject"));

        // call-off 1: the first in order declines, the call-off goes to the second
        ProcurementProject c1 = callOff(fixtures.newUnit("100000"), agreement, "6");
        assertThat(inTurn(c1)).isEqualTo(first);
        assertThatThrownBy(() -> complete(c1.getApplicant(), c1, Tendering.TASK_OFFER_CALL_OFF,
                new OfferCallOffHandler.Form(third, "服务对象希望由该所承接", null, null))).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.code()).isEqualTo("error.call-off.not-in-turn"));
        assertThat(callOffs.ofProject(c1.getId())).as("a refused offer saves nothing").isEmpty();
        offer(c1);
        assertThat(task(providerUser(first), c1, Tendering.TASK_ANSWER_CALL_OFF).due()).isNotNull();
        assertThat(findTask(providerUser(second), c1, Tendering.TASK_ANSWER_CALL_OFF)).as("only the one offered answers").isEmpty();
        answer(c1, first, false, "本所驻村律师本期已满负荷");
        assertThat(instance(c1, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_OFFER_CALL_OFF);
        assertThat(inTurn(c1)).as("the decliner is skipped").isEqualTo(second);
        offer(c1);
        answer(c1, second, true, null);
        assertThat(history(c1, Tendering.ID).getEndActivityId()).isEqualTo(Tendering.END_CALLED_OFF);
        BigDecimal rate = members.get(1).getPrice().divide(new BigDecimal("120000"), 10, RoundingMode.HALF_UP);
        assertThat(awards.currentAward(c1.getId())).hasValueSatisfying(a -> {
            assertThat(a.getProviderId()).isEqualTo(second);
            assertThat(a.getAmount()).as("12,000 CNY of services at the member's rate")
                    .isEqualByComparingTo(new BigDecimal("12000").multiply(rate).setScale(2, RoundingMode.HALF_UP));
        });
        assertThat(reload(c1).getStage()).isEqualTo(ProjectStage.CONTRACT);
        assertThat(instance(c1, ContractSigning.ID)).as("each call-off has its own contract")
                .isWaitingAtExactly(ContractSigning.TASK_PREPARE);

        // call-off 2: the turn passed to the one after the second
        ProcurementProject c2 = callOff(fixtures.newUnit("100000"), agreement, "3");
        assertThat(inTurn(c2)).isEqualTo(third);
        offer(c2);
        answer(c2, third, true, null);

        // call-off 3: the rotation starts again with the first, who lets the answer period lapse
        ProcurementProject c3 = callOff(fixtures.newUnit("100000"), agreement, "6");
        assertThat(inTurn(c3)).isEqualTo(first);
        offer(c3);
        passDate(c3, Tendering.ID, Tendering.VAR_CALL_OFF_ANSWER_DUE);
        assertThat(instance(c3, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_OFFER_CALL_OFF);
        assertThat(callOffs.ofProject(c3.getId())).singleElement().satisfies(o -> {
            assertThat(o.getStatus()).isEqualTo(CallOff.Status.DECLINED);
            assertThat(o.getAnsweredBy()).isEqualTo("system");
        });
        assertThat(inTurn(c3)).isEqualTo(second);
        offer(c3);
        answer(c3, second, true, null);

        FrameworkAgreementService.FairnessReport report = agreements.fairnessReport(agreement.getId());
        assertThat(report.callOffs()).isEqualTo(3);
        assertThat(report.shares()).extracting(FrameworkAgreementService.Share::providerId).containsExactly(first, second, third);
        assertThat(report.shares()).extracting(FrameworkAgreementService.Share::offered).containsExactly(2, 2, 1);
        assertThat(report.shares()).extracting(FrameworkAgreementService.Share::accepted).containsExactly(0, 2, 1);
        assertThat(report.shares()).extracting(FrameworkAgreementService.Share::declined).containsExactly(2, 0, 0);
        BigDecimal awarded = List.of(c1, c2, c3).stream().map(c -> awards.currentAward(c.getId()).orElseThrow().getAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(report.amount()).isEqualByComparingTo(awarded);
        assertThat(report.shares().get(0).amount()).isZero();

        // the term ends: no more call-offs
        at(PortalClock.startOfDay(AGREEMENT_END.plusDays(1)).plusSeconds(60));
        fireDueTimers();
        assertThat(history(p, Procurement.ID).getEndActivityId()).isEqualTo(Procurement.END_FRAMEWORK_AGREEMENT_EXPIRED);
        assertThat(agreements.agreement(agreement.getId()).getStatus()).isEqualTo(FrameworkAgreement.Status.EXPIRED);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.CLOSED);
    }

    /** Rule {@code framework-agreement-max-term-months}: a framework agreement for services runs at most two years. */
    @Test
    void aFrameworkAgreementForServicesRunsAtMostTwoYears() {
        Unit unit = fixtures.newUnit("500000");
        assertThatThrownBy(() -> applyFor(unit, "村（社区）法律顾问框架协议", fixtures.villageAdviser, REFERENCE_MONTHS,
                AGREEMENT_START, LocalDate.of(2029, 1, 31), true, null)).isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("termEnd");
                    assertThat(e.code()).isEqualTo("error.framework.term-too-long");
                });
    }
}
