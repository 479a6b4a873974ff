package cn.gov.legalprocurement.budget;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.BudgetCommitment;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The budgetCommitment model alone, on the in-memory engine, with its delegates mocked at the service. */
@Deployment(resources = "bpmn/budgetCommitment.bpmn")
class BudgetCommitmentModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long PROJECT_ID = 42L;
    static final String APPLICANT = "applicant1";

    final BudgetService budget = mock(BudgetService.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("commitBudgetDelegate", new CommitBudgetDelegate(budget));
        Mocks.register("releaseBudgetDelegate", new ReleaseBudgetDelegate(budget));
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(BudgetCommitment.ID, "P-2026-0042",
                withVariables(Vars.PROJECT_ID, PROJECT_ID, Vars.APPLICANT, APPLICANT));
    }

    static BudgetService.InsufficientBudget insufficient() {
        return new BudgetService.InsufficientBudget(
                PortalException.invalid("budgetLineId", "error.budget.insufficient", "B-01", 10, 20));
    }

    void revise(ProcessInstance instance, boolean resubmit) {
        assertThat(instance).isWaitingAt(BudgetCommitment.TASK_REVISE);
        assertThat(task(BudgetCommitment.TASK_REVISE, instance)).isAssignedTo(APPLICANT);
        when(budget.revise(ACTOR, PROJECT_ID, resubmit, 5L, null)).thenReturn(resubmit);
        completeWith(task(BudgetCommitment.TASK_REVISE, instance), new ReviseBudgetHandler(budget),
                new ReviseBudgetHandler.Form(resubmit, 5L, null));
    }

    /** FINANCE's review through its handler: the service's answer becomes the gateway's variables. */
    void review(ProcessInstance instance, boolean approved, String comment) {
        when(budget.financeReview(ACTOR, PROJECT_ID, approved, comment)).thenReturn(new BudgetService.Review(approved, comment));
        completeWith(task(BudgetCommitment.TASK_FINANCE_REVIEW, instance), new FinanceReviewBudgetHandler(budget),
                new FinanceReviewBudgetHandler.Form(approved, comment));
    }

    @Test
    void commitmentBelowTheReviewLimitIsCommittedWithoutFinanceReview() {
        when(budget.commit(PROJECT_ID)).thenReturn(false);

        ProcessInstance instance = start();

        assertThat(instance).hasPassed(BudgetCommitment.SERVICE_COMMIT, BudgetCommitment.END_COMMITTED)
                .hasNotPassed(BudgetCommitment.TASK_FINANCE_REVIEW).isEnded()
                .variables().containsEntry(Procurement.VAR_BUDGET_COMMITTED, true)
                .containsEntry(BudgetCommitment.VAR_REVIEW_REQUIRED, false);
        verify(budget).commit(PROJECT_ID);
    }

    @Test
    void commitmentAboveTheReviewLimitApprovedByFinanceIsCommitted() {
        when(budget.commit(PROJECT_ID)).thenReturn(true);
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(BudgetCommitment.TASK_FINANCE_REVIEW);
        review(instance, true, "");

        assertThat(instance).hasPassed(BudgetCommitment.END_COMMITTED).hasNotPassed(BudgetCommitment.SERVICE_RELEASE).isEnded();
        verify(budget, never()).release(PROJECT_ID);
    }

    @Test
    void commitmentRefusedByFinanceIsReleasedAndGoesBackToTheApplicant() {
        when(budget.commit(PROJECT_ID)).thenReturn(true);
        ProcessInstance instance = start();
        review(instance, false, "金额过高");

        verify(budget).release(PROJECT_ID);
        assertThat(instance).hasPassed(BudgetCommitment.SERVICE_RELEASE).isWaitingAt(BudgetCommitment.TASK_REVISE)
                .variables().containsEntry(Procurement.VAR_BUDGET_COMMITTED, false)
                .containsEntry(BudgetCommitment.VAR_PROBLEM, "金额过高");

        revise(instance, true);
        assertThat(instance).isWaitingAt(BudgetCommitment.TASK_FINANCE_REVIEW);
        verify(budget, times(2)).commit(PROJECT_ID);
    }

    @Test
    void insufficientBudgetGoesToRevisionAndTheResubmissionIsCommitted() {
        BudgetService.InsufficientBudget refusal = insufficient();
        when(budget.commit(PROJECT_ID)).thenThrow(refusal).thenReturn(false);

        ProcessInstance instance = start();

        assertThat(instance).hasPassed(BudgetCommitment.BOUNDARY_INSUFFICIENT).isWaitingAt(BudgetCommitment.TASK_REVISE)
                .variables().containsEntry(BudgetCommitment.VAR_PROBLEM, refusal.reason().getMessage())
                .doesNotContainKey(Procurement.VAR_BUDGET_COMMITTED);
        revise(instance, true);

        assertThat(instance).hasPassed(BudgetCommitment.END_COMMITTED).isEnded()
                .variables().containsEntry(Procurement.VAR_BUDGET_COMMITTED, true)
                .containsEntry(BudgetCommitment.VAR_PROBLEM, "");
        verify(budget, times(2)).commit(PROJECT_ID);
        verify(budget, never()).release(PROJECT_ID);
    }

    @Test
    void insufficientBudgetWithdrawnByTheApplicantEndsUncommitted() {
        when(budget.commit(PROJECT_ID)).thenThrow(insufficient());

        ProcessInstance instance = start();
        revise(instance, false);

        assertThat(instance).hasPassed(BudgetCommitment.END_WITHDRAWN).hasNotPassed(BudgetCommitment.END_COMMITTED).isEnded()
                .variables().containsEntry(Procurement.VAR_BUDGET_COMMITTED, false);
        verify(budget, times(1)).commit(PROJECT_ID);
    }
}
