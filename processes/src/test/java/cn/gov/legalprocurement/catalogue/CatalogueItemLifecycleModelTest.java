package cn.gov.legalprocurement.catalogue;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalogueItemLifecycle model alone, on the in-memory engine, with its delegates mocked at the service. */
@Deployment(resources = "bpmn/catalogueItemLifecycle.bpmn")
class CatalogueItemLifecycleModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long ITEM_ID = 12L;
    static final String PROPOSER = "proposer1";

    final CatalogueService catalogue = mock(CatalogueService.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("applyCatalogueChangeDelegate", new ApplyCatalogueChangeDelegate(catalogue));
        Mocks.register("withdrawCatalogueChangeDelegate", new WithdrawCatalogueChangeDelegate(catalogue));
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(CatalogueItemLifecycle.ID, "C-12",
                withVariables(Vars.CATALOGUE_ITEM_ID, ITEM_ID, Vars.PROPOSER, PROPOSER,
                        CatalogueItemLifecycle.VAR_CHANGE_KIND, CatalogueItem.Change.AMEND.name()));
    }

    void justice(ProcessInstance instance, boolean approved) {
        assertThat(instance).isWaitingAt(CatalogueItemLifecycle.TASK_JUSTICE_REVIEW);
        completeWith(task(CatalogueItemLifecycle.TASK_JUSTICE_REVIEW, instance), new JusticeReviewHandler(catalogue),
                new ReviewDecision(approved, "意见"));
    }

    void finance(ProcessInstance instance, boolean approved) {
        assertThat(instance).isWaitingAt(CatalogueItemLifecycle.TASK_FINANCE_REVIEW);
        completeWith(task(CatalogueItemLifecycle.TASK_FINANCE_REVIEW, instance), new FinanceReviewHandler(catalogue),
                new ReviewDecision(approved, "意见"));
    }

    void revise(ProcessInstance instance, boolean resubmit) {
        assertThat(instance).isWaitingAt(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL);
        assertThat(task(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL, instance)).isAssignedTo(PROPOSER);
        completeWith(task(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL, instance), new ReviseProposalHandler(catalogue),
                new ReviseProposalHandler.Form(resubmit, null, null, null, null, "已修改"));
    }

    @Test
    void changeApprovedByJusticeAndFinanceIsApplied() {
        ProcessInstance instance = start();
        justice(instance, true);
        finance(instance, true);

        assertThat(instance).hasPassedInOrder(CatalogueItemLifecycle.TASK_JUSTICE_REVIEW,
                        CatalogueItemLifecycle.TASK_FINANCE_REVIEW, CatalogueItemLifecycle.SERVICE_APPLY_CATALOGUE_CHANGE,
                        CatalogueItemLifecycle.END_APPLIED)
                .hasNotPassed(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL).isEnded();
        verify(catalogue).applyChange(ITEM_ID);
        verify(catalogue, never()).withdrawChange(ITEM_ID);
    }

    @Test
    void changeRefusedByJusticeIsRevisedAndReviewedAgainFromJustice() {
        ProcessInstance instance = start();
        justice(instance, false);

        assertThat(instance).hasNotPassed(CatalogueItemLifecycle.TASK_FINANCE_REVIEW);
        revise(instance, true);
        justice(instance, true);
        finance(instance, true);

        assertThat(instance).hasPassed(CatalogueItemLifecycle.END_APPLIED).isEnded();
        verify(catalogue).applyChange(ITEM_ID);
    }

    @Test
    void changeRefusedByJusticeAndWithdrawnIsWithdrawn() {
        ProcessInstance instance = start();
        justice(instance, false);
        revise(instance, false);

        assertThat(instance).hasPassed(CatalogueItemLifecycle.SERVICE_WITHDRAW_CATALOGUE_CHANGE, CatalogueItemLifecycle.END_WITHDRAWN)
                .hasNotPassed(CatalogueItemLifecycle.END_APPLIED).isEnded();
        verify(catalogue).withdrawChange(ITEM_ID);
        verify(catalogue, never()).applyChange(ITEM_ID);
    }

    @Test
    void changeRefusedByFinanceGoesBackToTheProposer() {
        ProcessInstance instance = start();
        justice(instance, true);
        finance(instance, false);

        verify(catalogue, never()).applyChange(ITEM_ID);
        verify(catalogue, never()).withdrawChange(ITEM_ID);
        revise(instance, false);

        assertThat(instance).hasPassed(CatalogueItemLifecycle.END_WITHDRAWN).isEnded();
        verify(catalogue).withdrawChange(ITEM_ID);
    }
}
