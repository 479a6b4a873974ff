package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.evaluation.NegotiateRoundHandler;
import cn.gov.legalprocurement.evaluation.NegotiationService;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.Award;
import cn.gov.legalprocurement.tender.AwardRepository;
import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Competitive negotiation (74号令 30–36) and competitive consultation (财库〔2014〕214号, 财库〔2015〕124号): rounds with
 * the suppliers, a change to the documents that every supplier in it reads, final quotations sealed by those still in
 * it only, the lowest price (negotiation) or the best score (consultation), and the top-ranked deemed chosen when the
 * purchaser does not confirm within {@code winner-confirmation-working-days}.
 */
class NegotiationTest extends ProcessTestSupport {

    @Autowired
    NegotiationService negotiation;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    AwardRepository awards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.gov.legalprocurement.records.ProcurementTrail trail;


    @Test
    void aNegotiationOfTwoRoundsTellsTheSuppliersOfTheChangeAndAwardsTheLowestFinalQuotation() {
        Unit unit = fixtures.newUnit("5000000");
        ProcurementProject applied = urgentPurchase(unit);
        assertThat(applied.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_NEGOTIATION);
        ProcurementProject p = publishTender(unit, applied, 30);
        for (int i = 0; i < 4; i++) {
            bid(p, i, String.valueOf(1_150_000 + i * 10_000));
        }
        openBids(p);
        String chair = chairOf(p);
        List<Bid> responses = negotiation.responsesInNegotiation(fixtures.actor(chair), p.getId());
        assertThat(responses).hasSize(4);
        // while the suppliers may still quote, nobody outside the panel reads the first responses, nor who is still in
        assertThatThrownBy(() -> bidding.openedBids(fixtures.actor(unit.purchaser()), p.getId()))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.tender.sealed"));
        assertThat(disclosure.bidsOnRecord(p.getId())).isEmpty();
        assertThat(trail.of(p.getId(), null)).noneMatch(e -> e.getAction().startsWith("negotiation."));
        assertThatThrownBy(() -> negotiation.rounds(fixtures.actor(unit.purchaser()), p.getId()))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.role"));
        long leaving = responses.stream().filter(b -> providerIndex(b.getProviderId()) == 3).findFirst().orElseThrow().getId();

        complete(chair, p, ProcessModel.Tendering.TASK_NEGOTIATE_ROUND, new NegotiateRoundHandler.Form(
                "逐一谈判服务方案、驻村安排与报价", "服务期内每周增设一次驻村值班", Map.of(leaving, "无驻村执业律师"), false, null));
        // a second round: every supplier who took part reads the change; anybody else reads nothing
        assertThat(negotiation.changesFor(fixtures.actor("provider1"), p.getId()))
                .extracting(NegotiationService.DocumentsChange::text).containsExactly("服务期内每周增设一次驻村值班");
        assertThat(negotiation.changesFor(fixtures.actor("provider5"), p.getId())).isEmpty();
        assertThat(negotiation.changesFor(fixtures.actor("provider4"), p.getId())).as("eliminated").isEmpty();
        assertThat(negotiation.responsesInNegotiation(fixtures.actor(chair), p.getId())).hasSize(3);

        LocalDateTime deadline = LocalDateTime.ofInstant(deadlines.firstWorkingDayAt(now().plus(Duration.ofDays(2)),
                LocalTime.of(10, 0)), PortalClock.ZONE);
        complete(chair, p, ProcessModel.Tendering.TASK_NEGOTIATE_ROUND, new NegotiateRoundHandler.Form(
                "确认最终服务方案，请供应商提交最后报价", null, Map.of(), true, deadline));
        ProcurementProject finalRound = reload(p);
        assertThat(finalRound.isFinalQuotationRound()).isTrue();
        assertThat(finalRound.getTenderRound()).isEqualTo(2);
        assertThat(finalRound.getBidDeadline()).isEqualTo(deadline.atZone(PortalClock.ZONE).toInstant());
        // the eliminated supplier and an outsider may not quote; the others seal their final quotations
        for (int outsider : new int[] {3, 4}) {
            assertThatThrownBy(() -> bid(finalRound, outsider, "1000000")).isInstanceOfSatisfying(PortalException.class,
                    e -> assertThat(e.code()).isEqualTo("error.bid.not-invited"));
        }
        bid(finalRound, 0, "1120000");
        bid(finalRound, 1, "1090000");
        bid(finalRound, 2, "1050000");
        assertThatThrownBy(() -> bidding.openedBids(fixtures.actor(unit.purchaser()), p.getId()))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.tender.sealed"));
        openBids(finalRound);

        // the small firm's 1,120,000 is evaluated at 1,008,000 after the 10 % SME deduction: below the large firm's 1,050,000
        Bid lowest = rankedFirst(p);
        assertThat(providerIndex(lowest.getProviderId())).isEqualTo(0);
        assertThat(lowest.getEvaluatedPrice()).isEqualByComparingTo("1008000");
        assertThat(lowest.getPrice()).isEqualByComparingTo("1120000");
        assertThat(findTask(chair, p, ProcessModel.Tendering.TASK_SCORE_BIDS)).isEmpty();
        complete(unit.head(), p, ProcessModel.Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(lowest.getId(), null));
        publishAward(unit, p);
        Award award = awards.findByProjectIdOrderByIdDesc(p.getId()).get(0);
        assertThat(award.getProviderId()).isEqualTo(lowest.getProviderId());
        assertThat(award.getAmount()).isEqualByComparingTo("1120000");
        assertThat(jdbc.queryForObject("select count(*) from negotiation_round where project_id = ?", Integer.class, p.getId()))
                .isEqualTo(2);
        assertThat(disclosure.bidsOnRecord(p.getId())).hasSize(7);
        // once the final quotations are opened, the rounds join the project's trail
        assertThat(trail.of(p.getId(), null)).filteredOn(e -> e.getAction().equals("negotiation.round")).hasSize(2);
        // the supplier eliminated in the first round took part, and may challenge the result
        assertThat(challenges.file(fixtures.actor("provider4"), p.getId(), "我方驻村方案符合要求，不应被淘汰").getId()).isPositive();
        assertThat(bidding.mayTakePart(fixtures.actor("provider4"), p.getId())).as("follows the outcome").isTrue();
        assertThat(bidding.mayBid(fixtures.actor("provider4"), p.getId())).isFalse();
    }

    @Test
    void aNegotiationLeftWithTooFewSuppliersFails() {
        Unit unit = fixtures.newUnit("5000000");
        ProcurementProject p = publishTender(unit, urgentPurchase(unit), 30);
        for (int i = 0; i < 3; i++) {
            bid(p, i, "1150000");
        }
        openBids(p);
        String chair = chairOf(p);
        long leaving = negotiation.responsesInNegotiation(fixtures.actor(chair), p.getId()).get(0).getId();

        complete(chair, p, ProcessModel.Tendering.TASK_NEGOTIATE_ROUND, new NegotiateRoundHandler.Form(
                "谈判服务方案", null, Map.of(leaving, "不满足驻村服务要求"), true,
                LocalDateTime.ofInstant(deadlines.firstWorkingDayAt(now().plus(Duration.ofDays(2)), LocalTime.of(10, 0)), PortalClock.ZONE)));

        assertThat(reload(p).isFinalQuotationRound()).isFalse();
        assertThat(task(unit.purchaser(), p, ProcessModel.Tendering.TASK_DECIDE_AFTER_FAILURE)).isNotNull();
        assertThat(reload(p).getFailedTenders()).isEqualTo(1);
    }

    @Test
    void aConsultationOfServicesGoesOnWithTwoSuppliersAndTheTopRankedIsDeemedChosen() {
        Unit unit = fixtures.newUnit("5000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "600"));
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
        p = publishTender(unit, p, 20);
        bid(p, 1, "1180000");
        bid(p, 2, "1160000");
        openBids(p);
        String chair = chairOf(p);   // two suppliers are enough for a consultation of services
        complete(chair, p, ProcessModel.Tendering.TASK_NEGOTIATE_ROUND, new NegotiateRoundHandler.Form(
                "逐一磋商服务方案", null, Map.of(), true,
                LocalDateTime.ofInstant(deadlines.firstWorkingDayAt(now().plus(Duration.ofDays(2)), LocalTime.of(10, 0)), PortalClock.ZONE)));
        ProcurementProject finalRound = reload(p);
        bid(finalRound, 1, "1150000");
        bid(finalRound, 2, "1140000");
        openBids(finalRound);
        scoreAll(p, Map.of(1, "75", 2, "60"));
        Bid top = rankedFirst(p);
        assertThat(providerIndex(top.getProviderId())).isEqualTo(1);
        assertThat(top.getTotalScore()).isNotNull();

        // a consultation's winner is the top-ranked: another, even with a reason, is refused
        Bid second = bidding.currentRound(p.getId()).stream().filter(b -> Integer.valueOf(2).equals(b.getRankNo())).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> complete(unit.head(), finalRound, ProcessModel.Tendering.TASK_CONFIRM_WINNER,
                new ConfirmWinnerHandler.Form(second.getId(), "服务方案更优")))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.tender.rank-order"));
        // nobody confirms: after the confirmation period the top-ranked is deemed chosen and the award is published
        WorkTask confirm = task(unit.head(), p, ProcessModel.Tendering.TASK_CONFIRM_WINNER);
        at(confirm.due().plus(Duration.ofHours(1)));
        assertThat(fireDueTimers()).isPositive();

        assertThat(findTask(unit.head(), p, ProcessModel.Tendering.TASK_CONFIRM_WINNER)).isEmpty();
        Award award = awards.findByProjectIdOrderByIdDesc(p.getId()).get(0);
        assertThat(award.getConfirmedBy()).isEqualTo(AwardService.DEEMED_CHOSEN);
        assertThat(award.getProviderId()).isEqualTo(top.getProviderId());
        assertThat(award.getAmount()).isEqualByComparingTo(new BigDecimal("1150000"));
        assertThat(reload(p).getAwardNoticeAt()).isNull();
        // nor does anybody publish the notice: the portal publishes it in the last hour of its period
        WorkTask notice = task(unit.purchaser(), p, ProcessModel.Tendering.TASK_PUBLISH_AWARD);
        at(notice.due().minus(Duration.ofHours(1)));
        assertThat(fireDueTimers()).isPositive();
        assertThat(reload(p).getAwardNoticeAt()).isEqualTo(notice.due().minus(Duration.ofHours(1)));
    }

    private ProcurementProject urgentPurchase(Unit unit) {
        ProcurementProject applied = projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application(
                "汛期村（社区）应急法律顾问服务", List.of(new ProjectService.Line(fixtures.villageAdviser.getId(), new BigDecimal("600"))),
                "沿江各村（社区）", TERM_START, TERM_END, unit.budgetLineId(), true, false, false, false, "汛期应急，不能按招标时限采购"));
        return approveAndCommit(unit, applied);
    }

    private String chairOf(ProcurementProject p) {
        return tasks.openTasksOfProject(p.getCode()).stream()
                .filter(t -> t.taskKey().equals(ProcessModel.Tendering.TASK_NEGOTIATE_ROUND)).map(WorkTask::assignee)
                .findFirst().orElseThrow(() -> new AssertionError("no negotiation round open for " + p.getCode()));
    }
}
