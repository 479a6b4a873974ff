package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.payment.PaymentTasks;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidEnvelope;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hostile input gets a clear refusal on its field, in Chinese, and changes nothing. */
class HostileInputTest extends ProcessTestSupport {

    @Autowired
    PaymentService payments;

    private ProjectService.Application application(Unit unit, String title, String recipients, String quantity) {
        return new ProjectService.Application(title, List.of(new ProjectService.Line(fixtures.legalAidCase.getId(),
                new BigDecimal(quantity))), recipients, TERM_START, TERM_END, unit.budgetLineId(), false, false, false, false, null);
    }

    @Test
    void overlongTextsControlCharactersAndHugeQuantitiesAreRefusedOnTheirField() {
        Unit unit = fixtures.newUnit("3000000");
        int before = projects.visibleTo(fixtures.actor(unit.purchaser())).size();
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "长".repeat(20_000), "群众", "10")),
                "title", "长度");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目\u0000\u0007", "群众", "10")),
                "title", "控制字符");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目", "群".repeat(20_000), "10")),
                "serviceRecipients", "长度");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目", "群众", "1e18")),
                "quantity", "不得超过");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目", "群众", "0.001")),
                "quantity", "两位小数");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目", "群众", "-5")),
                "quantity", "大于零");
        assertThat(projects.visibleTo(fixtures.actor(unit.purchaser()))).hasSize(before);
    }

    @Test
    void aTwentyThousandCharacterContractPartIsRefusedOnItsField() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = awardOpenTender(unit);
        passDate(p, ProcessModel.Tendering.ID, "challengeWindowEnds");
        assertRefused(() -> complete(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE,
                contractForm("违".repeat(20_000))), "liabilityForBreach", "长度");
        // nothing was saved: the task is still open and the draft has no such part
        assertThat(findTask(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE)).isPresent();
        assertThat(contracts.ofProject(p.getId()).parts().get("liabilityForBreach")).isNull();
    }

    @Test
    void amountsAboveTheLimitAreRefused() {
        assertThatThrownBy(() -> Money.requirePositive("price", new BigDecimal("1e20")))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.amount.too-large"));
        assertThat(Money.requirePositive("price", Money.MAX)).isEqualByComparingTo(Money.MAX);
    }

    @Test
    void aSealedPriceOf1e20OrWithThreeDecimalsIsDisqualifiedAtTheOpening() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = publishTender(unit, approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "700")), 30);
        bid(p, 1, "1e20");
        bid(p, 2, "1700000.005");
        bid(p, 3, "<script>alert(1)</script>");
        openBids(p);
        assertThat(tender.currentRound(p.getId())).hasSize(3).allSatisfy(b -> {
            assertThat(b.getStatus()).isEqualTo(Bid.Status.DISQUALIFIED);
            assertThat(b.getDisqualificationReason()).contains("不是有效金额");
        });
        // the reason quotes the bidder's text as text: it is shown escaped by every page
        assertThat(tender.currentRound(p.getId()).get(2).getDisqualificationReason()).contains("<script>");
    }

    @Test
    void aReplayedPaymentReleaseIsRefusedAndPaysOnce() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        WorkTask release = awaitingRelease(unit, p);
        tasks.complete(fixtures.actor("finance"), release.id(), new PaymentTasks.ReleaseForm("ZF-REPLAY-1"));
        // the same form sent again (a double click, a replayed request)
        assertThatThrownBy(() -> tasks.complete(fixtures.actor("finance"), release.id(), new PaymentTasks.ReleaseForm("ZF-REPLAY-1")))
                .isInstanceOf(PortalException.class);
        long contractId = contracts.ofProject(p.getId()).getId();
        assertThat(payments.paidSoFar(contractId)).isEqualByComparingTo(contracts.ofProject(p.getId()).getAmount());
        assertThat(payments.ofContract(contractId)).filteredOn(pay -> pay.getStatus() == cn.gov.legalprocurement.payment.Payment.Status.RELEASED).hasSize(1);
    }

    @Test
    void aReplayedSealedBidLeavesOneLiveBid() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = publishTender(unit, approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "700")), 30);
        var sealed = BidEnvelope.seal(new BidEnvelope.Plain("1700000", "方案", List.of()), BidEnvelope.newKey());
        tender.submitBid(fixtures.actor("provider2"), p.getId(), sealed);
        tender.submitBid(fixtures.actor("provider2"), p.getId(), sealed);
        assertThat(tender.currentRound(p.getId())).filteredOn(b -> b.getStatus() == Bid.Status.SEALED).hasSize(1);
    }

    private void assertRefused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
