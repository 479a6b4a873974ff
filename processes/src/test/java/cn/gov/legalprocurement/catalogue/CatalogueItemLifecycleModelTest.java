package cn.gov.legalprocurement.catalogue;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

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
        complete(task(CatalogueItemLifecycle.TASK_JUSTICE_REVIEW, instance),
                withVariables(CatalogueItemLifecycle.VAR_JUSTICE_APPROVED, approved));
    }

    void finance(ProcessInstance instance, boolean approved) {
        assertThat(instance).isWaitingAt(CatalogueItemLifecycle.TASK_FINANCE_REVIEW);
        complete(task(CatalogueItemLifecycle.TASK_FINANCE_REVIEW, instance),
                withVariables(CatalogueItemLifecycle.VAR_FINANCE_APPROVED, approved));
    }

    void revise(ProcessInstance instance, boolean resubmit) {
        assertThat(instance).isWaitingAt(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL);
        assertThat(task(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL, instance)).isAssignedTo(PROPOSER);
        complete(task(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL, instance), withVariables(Vars.RESUBMITTED, resubmit));
    }

    @Test
    void changeApprovedByJusticeAndFinanceIsApplied() {
        ProcessInstance instance = start();
        justice(instance, true);
        finance(instance, true);

        assertThat(instance).hasPassedInOrder(CatalogueItemLifecycle.TASK_JUSTICE_REVIEW,
                        CatalogueItemLifecycle.TASK_FINANCE_REVIEW, CatalogueItemLifecycle.SERVICE_APPLY_CHANGE,
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

        assertThat(instance).hasPassed(CatalogueItemLifecycle.SERVICE_WITHDRAW_CHANGE, CatalogueItemLifecycle.END_WITHDRAWN)
                .hasNotPassed(CatalogueItemLifecycle.END_APPLIED).isEnded();
        verify(catalogue).withdrawChange(ITEM_ID);
        verify(catalogue, never()).applyChange(ITEM_ID);
    }

    @Test
    void changeRefusedByFinanceGoesBackToTheProposer() {
        ProcessInstance instance = start();
        justice(instance, true);
        finance(instance, false);

        verifyNoInteractions(catalogue);
        revise(instance, false);

        assertThat(instance).hasPassed(CatalogueItemLifecycle.END_WITHDRAWN).isEnded();
        verify(catalogue).withdrawChange(ITEM_ID);
    }
}
