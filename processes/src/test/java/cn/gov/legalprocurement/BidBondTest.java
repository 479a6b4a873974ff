package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.BidBond;
import cn.gov.legalprocurement.tender.BidBondRepository;
import cn.gov.legalprocurement.tender.BidBondService;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.tender.RefundBidBondsHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.BidBondRefund;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rules {@code bid-bond-max-percent} (2 %, 实施条例 33) and {@code bid-bond-refund-working-days} (5, 87号令 38): the
 * documents may ask a bid bond up to 2 % of the budget; nothing of it is recorded before the opening; the losers'
 * bonds are due back within 5 working days of the award notice, the winner's of the signing, everyone's of a failed
 * round; the purchaser's refund task shows what is due and by when, and ends when every bond is refunded.
 */
class BidBondTest extends ProcessTestSupport {

    @Autowired
    BidBondRepository bonds;
    @Autowired
    BidBondService bidBonds;
    @Autowired
    PublicationService publication;

    private ProcurementProject publishWithBond(Unit unit, ProcurementProject p, String bond, LocalDateTime deadline) {
        complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS,
                new PrepareTenderDocumentsHandler.Form(30, "服务方案、团队资质", new BigDecimal(bond), deadline, null, false, ProcessTestSupport.NOT_FOR_SMES));
        return reload(p);
    }

    private LocalDateTime proposedDeadline(ProcurementProject p) {
        return tenderDocuments.proposedBidDeadline(p.getId()).atZone(PortalClock.ZONE).toLocalDateTime();
    }

    @Test
    void bondsAreRecordedAtTheOpeningAndRefundedToTheLosersAfterTheAwardAndToTheWinnerAfterTheSigning() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "700"));
        BigDecimal ceiling = Money.percentOf(p.getEstimatedAmount(), 2);
        assertThatThrownBy(() -> publishWithBond(unit, p, ceiling.add(new BigDecimal("0.01")).toPlainString(), proposedDeadline(p)))
                .as("above 2 % of the budget").isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("bidBond");
                    assertThat(e.code()).isEqualTo("error.bond.too-high");
                });
        assertThat(reload(p).getTenderRound()).as("the refused documents changed nothing").isZero();

        ProcurementProject tender = publishWithBond(unit, p, "20000", proposedDeadline(p));
        assertThat(tender.getBidBond()).isEqualByComparingTo("20000");
        String notice = publication.ofProject(p.getId()).stream().filter(a -> a.getKind() == Announcement.Kind.PROCUREMENT_NOTICE)
                .findFirst().orElseThrow().getBody();
        assertThat(notice).contains("投标保证金：人民币", "¥20,000.00", "5 个工作日内退还").doesNotContain("不收取投标保证金");

        bid(tender, 0, "1800000");
        bid(tender, 1, "1700000");
        bid(tender, 2, "1650000");
        bid(tender, 3, "2000000");
        assertThat(bonds.findByProjectIdOrderById(p.getId())).as("before the opening nothing tells who bid").isEmpty();
        assertThat(instance(tender, BidBondRefund.ID)).isNull();

        openBids(tender);
        List<BidBond> held = bonds.findByProjectIdOrderById(p.getId());
        assertThat(held).hasSize(4).allSatisfy(b -> {
            assertThat(b.getStatus()).isEqualTo(BidBond.Status.HELD);
            assertThat(b.getAmount()).isEqualByComparingTo("20000");
        });
        assertThat(held).extracting(BidBond::getProviderId)
                .containsExactlyInAnyOrderElementsOf(fixtures.providers.subList(0, 4).stream().map(o -> o.getId()).toList());
        assertThat(findTask(unit.purchaser(), tender, BidBondRefund.TASK_REFUND)).as("nothing is due yet").isEmpty();

        scoreAll(tender, Map.of(0, "60", 1, "55", 2, "50", 3, "58"));
        long winner = rankedFirst(tender).getProviderId();
        complete(unit.head(), tender, Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(rankedFirst(tender).getId(), null));
        publishAward(unit, tender);

        LocalDate awardDay = PortalClock.dayOf(now());
        Map<BidBond.Status, List<BidBond>> byStatus = bonds.findByProjectIdOrderById(p.getId()).stream()
                .collect(Collectors.groupingBy(BidBond::getStatus));
        assertThat(byStatus.get(BidBond.Status.HELD)).singleElement().satisfies(b -> assertThat(b.getProviderId()).isEqualTo(winner));
        List<BidBond> losers = byStatus.get(BidBond.Status.DUE);
        assertThat(losers).hasSize(3).allSatisfy(b -> {
            assertThat(b.getDueReason()).isEqualTo(BidBond.Release.AWARD_NOTICE);
            assertThat(b.getRefundBy()).isEqualTo(PortalClock.startOfDay(deadlines.addWorkingDays(awardDay, 5).plusDays(1)));
        });
        assertThat(task(unit.purchaser(), tender, BidBondRefund.TASK_REFUND).due()).isEqualTo(losers.get(0).getRefundBy());
        assertThat(bidBonds.ofProvider(fixtures.actor(providerUser(losers.get(0).getProviderId()))))
                .as("a loser sees its own bond due").anySatisfy(l -> assertThat(l.bond().getId()).isEqualTo(losers.get(0).getId()));

        Set<Long> loserIds = losers.stream().map(BidBond::getId).collect(Collectors.toSet());
        long winnersBond = byStatus.get(BidBond.Status.HELD).get(0).getId();
        assertThatThrownBy(() -> complete(unit.purchaser(), tender, BidBondRefund.TASK_REFUND,
                new RefundBidBondsHandler.Form(Set.of(winnersBond), awardDay, "HK-001")))
                .as("the winner's bond is not due before the signing").isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.code()).isEqualTo("error.bond.not-due"));
        assertThatThrownBy(() -> complete(unit.purchaser(), tender, BidBondRefund.TASK_REFUND,
                new RefundBidBondsHandler.Form(loserIds, awardDay.plusDays(1), "HK-001")))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("refundedOn"));
        assertThat(bonds.findByProjectIdOrderById(p.getId())).as("the refused refunds changed nothing")
                .noneMatch(b -> b.getStatus() == BidBond.Status.REFUNDED);

        complete(unit.purchaser(), tender, BidBondRefund.TASK_REFUND, new RefundBidBondsHandler.Form(loserIds, awardDay, "HK-2026-001"));
        assertThat(bonds.findAllById(loserIds)).allSatisfy(b -> {
            assertThat(b.getStatus()).isEqualTo(BidBond.Status.REFUNDED);
            assertThat(b.getRefundReference()).isEqualTo("HK-2026-001");
        });
        assertThat(findTask(unit.purchaser(), tender, BidBondRefund.TASK_REFUND)).as("the winner's is still held").isEmpty();
        assertThat(instance(tender, BidBondRefund.ID)).isNotNull();

        passDate(tender, Tendering.ID, Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        signContract(unit, tender, providerUser(winner));
        BidBond winners = bonds.findById(winnersBond).orElseThrow();
        assertThat(winners.getStatus()).isEqualTo(BidBond.Status.DUE);
        assertThat(winners.getDueReason()).isEqualTo(BidBond.Release.CONTRACT_SIGNED);

        // refunded a week after its deadline: recorded, and shown as late
        at(winners.getRefundBy().plus(java.time.Duration.ofDays(7)));
        complete(unit.purchaser(), tender, BidBondRefund.TASK_REFUND,
                new RefundBidBondsHandler.Form(Set.of(winnersBond), PortalClock.dayOf(now()), "HK-2026-002"));
        assertThat(bidBonds.ofProject(fixtures.actor(unit.purchaser()), p.getId())).filteredOn(l -> l.bond().getId() == winnersBond)
                .singleElement().satisfies(l -> assertThat(l.late()).isTrue());
        assertThat(bidBonds.ofProject(fixtures.actor(unit.purchaser()), p.getId())).filteredOn(l -> loserIds.contains(l.bond().getId()))
                .allSatisfy(l -> assertThat(l.late()).isFalse());
        assertThat(instance(tender, BidBondRefund.ID)).as("every bond refunded").isNull();
        assertThat(history(tender, BidBondRefund.ID).getEndActivityId()).isEqualTo(BidBondRefund.END_SETTLED);
    }

    /**
     * A failed round owes every bond back within five working days: failed on Tuesday 29 September 2026, the days
     * are 30 September, 8, 9, 10 (the make-up Saturday) and 12 October, not 6 October as weekends alone would give.
     */
    @Test
    void aFailedRoundOwesEveryBondBackAcrossTheNationalDayHoliday() {
        at(LocalDateTime.of(2026, 9, 8, 9, 0).atZone(PortalClock.ZONE).toInstant());
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = publishWithBond(unit, approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "700")), "10000",
                LocalDateTime.of(2026, 9, 29, 9, 30));
        bid(p, 0, "1800000");
        bid(p, 1, "1700000");
        openBids(p);
        assertThat(findTask(unit.purchaser(), p, Tendering.TASK_DECIDE_AFTER_FAILURE)).as("too few bids: the tender failed").isPresent();

        assertThat(bonds.findByProjectIdOrderById(p.getId())).hasSize(2).allSatisfy(b -> {
            assertThat(b.getStatus()).isEqualTo(BidBond.Status.DUE);
            assertThat(b.getDueReason()).isEqualTo(BidBond.Release.ROUND_ENDED);
            assertThat(b.getRefundBy()).isEqualTo(PortalClock.startOfDay(LocalDate.of(2026, 10, 13)));
        });
        assertThat(task(unit.purchaser(), p, BidBondRefund.TASK_REFUND).due()).isEqualTo(PortalClock.startOfDay(LocalDate.of(2026, 10, 13)));
    }
}
