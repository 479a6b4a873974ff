package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.closing.ClosingService;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.evaluation.EvaluationService;
import cn.gov.legalprocurement.payment.Payment;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpenTenderHappyPathTest extends ProcessTestSupport {

    @Autowired
    BudgetService budget;
    @Autowired
    PaymentService payments;
    @Autowired
    PublicationService publication;
    @Autowired
    ClosingService closing;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    cn.gov.legalprocurement.search.SearchOutbox outbox;

    @Test
    void openTenderHappyPathToPayment() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = apply(unit, fixtures.legalAidCase, "700");
        assertThat(p.getEstimatedAmount()).isEqualByComparingTo("2100000.00");
        assertThat(instance(p, ProcessModel.ProjectApplication.ID)).isWaitingAt(ProcessModel.ProjectApplication.TASK_APPROVE);

        complete(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE,
                new cn.gov.legalprocurement.project.ApproveApplicationHandler.Form(
                        cn.gov.legalprocurement.project.ApplicationDecision.APPROVE, "同意"));
        // 2.1 million is above the finance review amount: FINANCE reviews the commitment
        assertThat(instance(p, ProcessModel.BudgetCommitment.ID)).isWaitingAt(ProcessModel.BudgetCommitment.TASK_FINANCE_REVIEW);
        assertThat(budget.unpaidCommitment(p.getId())).isEqualByComparingTo("2100000.00");
        p = approveAndCommit(unit, p);

        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.OPEN_TENDER);
        assertThat(p.getStage()).isEqualTo(ProjectStage.TENDERING);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_PREPARE_DOCUMENTS);

        p = publishTender(unit, p, 30);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_BID_PERIOD);
        assertThat(publication.ofProject(p.getId())).extracting(Announcement::getKind)
                .contains(Announcement.Kind.PROCUREMENT_NOTICE);

        bid(p, 0, "1800000");   // small enterprise: 10 % deduction in evaluation
        bid(p, 1, "1700000");
        bid(p, 2, "1650000");
        bid(p, 3, "2000000");   // micro enterprise
        ProcurementProject open = p;
        assertThatThrownBy(() -> bidding.openedBids(fixtures.actor(unit.purchaser()), open.getId()))
                .isInstanceOf(PortalException.class).hasMessageContaining("密封");

        openBids(p);
        assertThat(bidding.openedBids(fixtures.actor(unit.purchaser()), p.getId())).hasSize(4).allMatch(Bid::isQualified);
        List<String> committee = committeeOf(p);
        assertThat(committee).hasSize(5).doesNotHaveDuplicates().doesNotContain("expert1");

        scoreAll(p, Map.of(0, "60", 1, "55", 2, "50", 3, "58"));
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_CONFIRM_WINNER);
        Bid first = rankedFirst(p);
        // provider 0 evaluated at 1,620,000 (10 % SME deduction): price score 30 x 1620000/1620000 = 30, total 90
        assertThat(first.getProviderId()).isEqualTo(fixtures.providers.get(0).getId());
        assertThat(first.getEvaluatedPrice()).isEqualByComparingTo("1620000.00");
        assertThat(first.getTotalScore()).isEqualByComparingTo("90.00");

        complete(unit.head(), p, Tendering.TASK_CONFIRM_WINNER,
                new cn.gov.legalprocurement.tender.ConfirmWinnerHandler.Form(first.getId(), null));
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_PUBLISH_AWARD);
        assertThat(publication.ofProject(p.getId())).extracting(Announcement::getKind).doesNotContain(Announcement.Kind.AWARD_NOTICE);
        publishAward(unit, p);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_CHALLENGE_WINDOW);
        assertThat(publication.ofProject(p.getId())).extracting(Announcement::getKind).contains(Announcement.Kind.AWARD_NOTICE);

        passDate(p, Tendering.ID, ProcessModel.Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        p = reload(p);
        assertThat(p.getStage()).isEqualTo(ProjectStage.CONTRACT);
        signContract(unit, p, "provider1");
        Contract contract = contracts.ofProject(p.getId());
        assertThat(contract.getStatus()).isEqualTo(Contract.Status.IN_FORCE);
        assertThat(contract.getAmount()).isEqualByComparingTo("1800000.00");
        assertThat(contract.getDocumentSha256()).hasSize(64);
        assertThat(contractPublication.verify(contract.getId())).isTrue();
        // every change of the contract was recorded for the search index in its own transaction
        assertThat(outbox.pending()).isPositive();
        publishContract(unit, p);
        assertThat(publication.ofProject(p.getId())).extracting(Announcement::getKind).contains(Announcement.Kind.CONTRACT);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.PERFORMANCE);

        reportPeriods(unit, p, "provider1", 250, 240, 220);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.ACCEPTANCE);
        evaluateAcceptance(unit, p, "28", "45", "18");
        assertThat(publication.ofProject(p.getId())).extracting(Announcement::getKind)
                .contains(Announcement.Kind.ACCEPTANCE_RESULT);

        Payment payment = payments.ofContract(contract.getId()).get(0);
        assertThat(payment.getDeduction()).isEqualByComparingTo("0.00");
        assertThat(payment.getNetAmount()).isEqualByComparingTo("1800000.00");
        pay(unit, p);

        assertThat(history(p, ProcessModel.Procurement.ID).getEndActivityId()).isEqualTo(ProcessModel.Procurement.END_CLOSED);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.CLOSED);
        assertThat(payments.paidSoFar(contract.getId())).isEqualByComparingTo("1800000.00");
        // what was committed but not spent returns to the line at close
        assertThat(budget.line(unit.budgetLineId()).getCommitted()).isEqualByComparingTo("1800000.00");
        assertThat(budget.line(unit.budgetLineId()).getPaid()).isEqualByComparingTo("1800000.00");
        assertThat(closing.ofProvider(fixtures.providers.get(0).getId())).anySatisfy(e -> {
            assertThat(e.getContractId()).isEqualTo(contract.getId());
            assertThat(e.getAcceptanceScore()).isEqualByComparingTo(new BigDecimal("91"));
            assertThat(e.getDeliveryRatio()).isEqualByComparingTo("1.0000");
        });
    }
}
