package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The effect of the periods and limits the tender path reads from the rules, each named by its key, on
 * dates counted by hand from Tuesday 1 December 2026 (bids open on Tuesday 22 December).
 */
class StatutoryPeriodsTest extends ProcessTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.legalprocurement.publication.PublicationService publication;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    static java.time.Instant endOf(int year, int month, int day) {
        return PortalClock.startOfDay(LocalDate.of(year, month, day).plusDays(1));
    }

    /** An open tender of 700 legal-aid cases published on 1 December, three bids opened on Tuesday 22 December. */
    private ProcurementProject openedTender(Unit unit) {
        ProcurementProject p = openTender(unit);
        bid(p, 1, "1800000");
        bid(p, 2, "1700000");
        bid(p, 3, "1650000");
        openBids(p);
        return p;
    }

    /** {@code evaluation-report-working-days} (2) and {@code winner-confirmation-working-days} (5) from the opening. */
    @Test
    void theCommitteeReportsInTwoWorkingDaysAndTheHeadConfirmsInFive() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openedTender(unit);
        assertThat(PortalClock.dayOf(now())).isEqualTo(LocalDate.of(2026, 12, 22));
        // 23 and 24 December
        assertThat(task(committeeOf(p).get(0), p, Tendering.TASK_SCORE_BIDS).due()).isEqualTo(endOf(2026, 12, 24));
        scoreAll(p, Map.of(1, "55", 2, "50", 3, "58"));
        // 23, 24, 25, 28 and 29 December
        assertThat(task(unit.head(), p, Tendering.TASK_CONFIRM_WINNER).due()).isEqualTo(endOf(2026, 12, 29));
    }

    /**
     * {@code award-notice-working-days} (2): the purchaser publishes the award notice within two working days of the
     * confirmation, and the portal publishes it in the last hour of the period where nobody has.
     */
    @Test
    void theAwardNoticeIsDueTwoWorkingDaysAfterTheConfirmationAndThePortalPublishesItInTheLastHour() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openedTender(unit);
        scoreAll(p, Map.of(1, "55", 2, "50", 3, "58"));
        complete(unit.head(), p, Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(rankedFirst(p).getId(), null));
        assertThat(PortalClock.dayOf(now())).isEqualTo(LocalDate.of(2026, 12, 22));
        // 23 and 24 December
        var notice = task(unit.purchaser(), p, Tendering.TASK_PUBLISH_AWARD);
        assertThat(notice.due()).isEqualTo(endOf(2026, 12, 24));
        assertThat(reload(p).getAwardNoticeAt()).isNull();

        at(endOf(2026, 12, 24).minusSeconds(3601));
        assertThat(fireDueTimers()).isZero();
        at(endOf(2026, 12, 24).minusSeconds(3600));
        assertThat(fireDueTimers()).isPositive();
        assertThat(reload(p).getAwardNoticeAt()).isEqualTo(endOf(2026, 12, 24).minusSeconds(3600));
        assertThat(findTask(unit.purchaser(), p, Tendering.TASK_PUBLISH_AWARD)).isEmpty();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance(p, Tendering.ID))
                .isWaitingAt(Tendering.GATEWAY_CHALLENGE_WINDOW);
        assertThat(jdbc.queryForObject("select actor from audit_event where action = 'tender.publish-award' and object_id = ?",
                String.class, String.valueOf(awards.currentAward(p.getId()).orElseThrow().getId()))).isEqualTo("system");
    }

    /**
     * {@code award-announcement-working-days} (1) and {@code challenge-period-working-days} (7) from the
     * announcement's end, {@code contract-signing-days} (30) from the award notice and
     * {@code contract-signing-escalation-days-before} (5).
     */
    @Test
    void theChallengeWindowAndTheSigningClockRunFromTheAwardNotice() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = awardOpenTender(unit);
        assertThat(PortalClock.dayOf(p.getAwardNoticeAt())).isEqualTo(LocalDate.of(2026, 12, 22));
        // the announcement runs on 23 December; then 24, 25, 28, 29, 30, 31 December and Friday 1 January 2027 (the
        // calendar holds no 2027 holiday notice yet)
        assertThat(p.getChallengeWindowEnds()).isEqualTo(endOf(2027, 1, 1));
        String notice = publication.ofProject(p.getId()).stream()
                .filter(a -> a.getKind() == cn.gov.legalprocurement.publication.Announcement.Kind.AWARD_NOTICE)
                .findFirst().orElseThrow().getBody();
        assertThat(notice).contains("本公告期限为 1 个工作日（至 2026-12-23）", "公告期限届满之日起 7 个工作日内（至 2027-01-01）");
        Map<String, Object> variables = runtime.getVariables(instance(p, Tendering.ID).getId());
        // 30 days after 22 December: Thursday 21 January 2027; the head is warned five days earlier
        assertThat((Date) variables.get(Tendering.VAR_SIGNING_DEADLINE)).isEqualTo(Date.from(endOf(2027, 1, 21)));
        assertThat((Date) variables.get(Tendering.VAR_SIGNING_ESCALATION_AT)).isEqualTo(Date.from(endOf(2027, 1, 16)));
    }

    /** {@code task-working-days} (5): an ordinary task, here the head's approval of an application, is due in five working days. */
    @Test
    void anOrdinaryTaskIsDueInFiveWorkingDays() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = apply(unit, fixtures.legalAidCase, "700");
        // applied on Tuesday 1 December: 2, 3, 4, 7 and 8 December
        assertThat(task(unit.head(), p, cn.gov.legalprocurement.workflow.ProcessModel.ProjectApplication.TASK_APPROVE).due())
                .isEqualTo(endOf(2026, 12, 8));
    }

    /** {@code challenge-answer-working-days} (7): the purchaser answers a challenge of the result within seven working days. */
    @Test
    void aChallengeIsAnsweredWithinSevenWorkingDays() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = awardOpenTender(unit);
        challenges.file(fixtures.actor("provider2"), p.getId(), "第一名的服务团队人数与资格证明不符，评分有误");
        assertThat(PortalClock.dayOf(now())).isEqualTo(LocalDate.of(2026, 12, 22));
        // 23, 24, 25, 28, 29, 30 and 31 December
        assertThat(task(unit.purchaser(), p, Tendering.TASK_ANSWER_CHALLENGE).due()).isEqualTo(endOf(2026, 12, 31));
    }

    /** {@code performance-report-working-days} (5): the provider reports on a period within five working days of its end. */
    @Test
    void theProviderReportsWithinFiveWorkingDaysOfThePeriodsEnd() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        passDate(p, cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring.ID,
                cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring.VAR_PERIOD_END);
        // January's period ends as Monday 1 February 2027 begins: 2, 3, 4, 5 and 8 February (no 2027 holiday notice yet)
        assertThat(PortalClock.dayOf(now())).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(task("provider1", p, cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring.TASK_REPORT).due())
                .isEqualTo(endOf(2027, 2, 8));
    }

    /** {@code price-weight-min-percent} (10) and {@code price-weight-max-percent-consultation} (30). */
    @Test
    void thePriceWeightStaysWithinItsLimits() {
        Unit unit = fixtures.newUnit("1000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "30"));
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
        LocalDateTime deadline = tenderDocuments.proposedBidDeadline(p.getId()).atZone(PortalClock.ZONE).toLocalDateTime();
        for (int weight : new int[]{9, 31}) {
            assertThatThrownBy(() -> complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS,
                    new PrepareTenderDocumentsHandler.Form(weight, "服务方案", null, deadline, null, false, ProcessTestSupport.NOT_FOR_SMES)))
                    .as("price weight %d", weight).isInstanceOfSatisfying(PortalException.class, e -> {
                        assertThat(e.field()).isEqualTo("priceWeight");
                        assertThat(e.getMessage()).contains(weight == 9 ? "10" : "30");
                    });
        }
        complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS, new PrepareTenderDocumentsHandler.Form(30, "服务方案", null, deadline, null, false, ProcessTestSupport.NOT_FOR_SMES));
        assertThat(reload(p).getPriceWeight()).isEqualTo(30);
    }

    /**
     * {@code tender-documents-available-working-days} (5): a consultation's ten days from 28 September cross
     * the National Day holiday and leave three working days; the documents stay on sale until the fifth, the
     * make-up Saturday 10 October, so the earliest deadline moves past it.
     */
    @Test
    void theDocumentsAreOnSaleForFiveWorkingDaysWhenTheTenDaysCrossAHoliday() {
        at(LocalDateTime.of(2026, 9, 28, 9, 0).atZone(PortalClock.ZONE).toInstant());
        Unit unit = fixtures.newUnit("1000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "30"));
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
        assertThat(tenderDocuments.earliestBidDeadline(p.getId())).isEqualTo(endOf(2026, 10, 10));
        assertThat(tenderDocuments.proposedBidDeadline(p.getId()))
                .isEqualTo(LocalDateTime.of(2026, 10, 12, 9, 30).atZone(PortalClock.ZONE).toInstant());
        assertThatThrownBy(() -> complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS,
                new PrepareTenderDocumentsHandler.Form(30, "服务方案", null, LocalDateTime.of(2026, 10, 9, 9, 30), null, false, ProcessTestSupport.NOT_FOR_SMES)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.tender.deadline-too-early"));
    }

    /** The notice tells a supplier whom to reach, who may take part, how long the documents are on sale, and the remedies. */
    @Test
    void theNoticeCarriesWhatASupplierNeeds() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        String notice = publication.ofProject(p.getId()).stream()
                .filter(a -> a.getKind() == cn.gov.legalprocurement.publication.Announcement.Kind.PROCUREMENT_NOTICE)
                .findFirst().orElseThrow().getBody();
        assertThat(notice).contains("平湖市当湖街道测试路", "0573-8520", "第二十二条", "获取期限：2026-12-01 至 2026-12-22 09:30（不少于 5 个工作日）",
                "不收取投标保证金", "3 个工作日内答复", "7 个工作日内");
    }

    /** {@code sme-payment-days} (30): a contract with a small enterprise may not agree a longer payment period. */
    @Test
    void aSmallEnterpriseIsPaidWithinThirtyDays() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = awardOpenTender(unit);   // the first provider, a small enterprise, ranks first
        passDate(p, Tendering.ID, Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        cn.gov.legalprocurement.contract.PrepareContractHandler.Form terms = contractForm("按未完成比例扣减，最高 20%");
        assertThatThrownBy(() -> complete(unit.purchaser(), p, cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning.TASK_PREPARE,
                new cn.gov.legalprocurement.contract.PrepareContractHandler.Form(terms.parts(), terms.performanceBond(),
                        terms.shortfallDeductionPercent(), 31, terms.instalments())))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("paymentDays");
                    assertThat(e.getMessage()).contains("30");
                });
        complete(unit.purchaser(), p, cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning.TASK_PREPARE,
                new cn.gov.legalprocurement.contract.PrepareContractHandler.Form(terms.parts(), terms.performanceBond(),
                        terms.shortfallDeductionPercent(), 30, terms.instalments()));
    }

    /** {@code contract-max-term-months} (36). */
    @Test
    void aTermLongerThanThirtySixMonthsIsRefused() {
        Unit unit = fixtures.newUnit("5000000");
        assertThatThrownBy(() -> application(unit, TERM_START.plusMonths(36).plusDays(1)))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("termEnd");
                    assertThat(e.code()).isEqualTo("error.project.term-too-long");
                });
        assertThat(application(unit, TERM_START.plusMonths(36)).getTermEnd()).isEqualTo(TERM_START.plusMonths(36));
    }

    /** {@code large-project-amount} (10,000,000) and {@code committee-size-large-project} (7). */
    @Test
    void aLargeProjectIsEvaluatedBySevenMembers() {
        Unit unit = fixtures.newUnit("11000000");
        ProcurementProject p = publishTender(unit, approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "3400")), 30);
        assertThat(p.getEstimatedAmount()).isEqualByComparingTo("10200000");
        bid(p, 1, "10000000");
        bid(p, 2, "9900000");
        bid(p, 3, "9800000");
        openBids(p);
        assertThat(committeeOf(p)).hasSize(7).doesNotHaveDuplicates();
        scoreAll(p, Map.of(1, "55", 2, "50", 3, "58"));
        complete(unit.head(), p, Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(rankedFirst(p).getId(), null));
        assertThat(awards.currentAward(p.getId())).isPresent();
    }

    private ProcurementProject application(Unit unit, LocalDate termEnd) {
        return projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application("常年法律顾问服务",
                List.of(new ProjectService.Line(fixtures.legalAidCase.getId(), new BigDecimal("10"))), "平湖市经济困难群众",
                TERM_START, termEnd, unit.budgetLineId(), false, false, false, false, null));
    }
}
