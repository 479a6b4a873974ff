package cn.gov.legalprocurement.method;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.MethodSelection;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The methodSelection model alone, on the in-memory engine, with the real procurementMethod table and
 * its delegates mocked at the service.
 */
@Deployment(resources = {"bpmn/methodSelection.bpmn", "dmn/procurementMethod.dmn"})
class MethodSelectionModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long PROJECT_ID = 42L;
    static final long THRESHOLD_FEN = 2_000_000_00L;
    static final long FLOOR_FEN = 1_000_000_00L;

    final MethodService methods = mock(MethodService.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("prepareMethodFactsDelegate", new PrepareMethodFactsDelegate(methods));
        Mocks.register("recordMethodDelegate", new RecordMethodDelegate(methods));
    }

    ProcessInstance startWith(long amountFen, boolean soleSupplier) {
        when(methods.decisionFacts(PROJECT_ID)).thenReturn(
                new MethodService.DecisionFacts(amountFen, THRESHOLD_FEN, FLOOR_FEN, soleSupplier, 0, false, false, false, false, false));
        return runtimeService().startProcessInstanceByKey(MethodSelection.ID, "P-2026-0042",
                withVariables(Vars.PROJECT_ID, PROJECT_ID));
    }

    @Test
    void openTenderAboveTheThresholdNeedsNoFinanceApproval() {
        ProcessInstance instance = startWith(3_000_000_00L, false);

        assertThat(instance).hasPassedInOrder(MethodSelection.SERVICE_PREPARE_FACTS, MethodSelection.RULE_DECIDE_METHOD,
                        MethodSelection.SERVICE_RECORD_METHOD, MethodSelection.END_DETERMINED)
                .hasNotPassed(MethodSelection.TASK_APPROVE_METHOD).isEnded()
                .variables().containsEntry(Vars.METHOD, ProcurementMethod.OPEN_TENDER.name())
                .containsEntry(MethodSelection.VAR_FINANCE_APPROVAL_REQUIRED, false)
                .containsEntry(MethodSelection.VAR_AMOUNT_FEN, 3_000_000_00L);
        verify(methods).decisionFacts(PROJECT_ID);
        verify(methods).record(eq(PROJECT_ID), eq(ProcurementMethod.OPEN_TENDER), anyString());
    }

    @Test
    void singleSourceAboveTheThresholdWaitsForFinanceApproval() {
        ProcessInstance instance = startWith(3_000_000_00L, true);

        assertThat(instance).isWaitingAt(MethodSelection.TASK_APPROVE_METHOD)
                .variables().containsEntry(Vars.METHOD, ProcurementMethod.SINGLE_SOURCE.name())
                .containsEntry(MethodSelection.VAR_FINANCE_APPROVAL_REQUIRED, true)
                .containsEntry(MethodSelection.VAR_PUBLIC_NOTICE_REQUIRED, true);
        verify(methods).record(eq(PROJECT_ID), eq(ProcurementMethod.SINGLE_SOURCE), startsWith("只能从唯一供应商处采购"));
        assertThat(task(MethodSelection.TASK_APPROVE_METHOD, instance)).hasCandidateGroup(Role.FINANCE.name());

        // FINANCE refuses: the handler hands the process the method MethodService fell back to
        when(methods.approve(ACTOR, PROJECT_ID, false, "应公开招标")).thenReturn(ProcurementMethod.OPEN_TENDER);
        completeWith(task(MethodSelection.TASK_APPROVE_METHOD, instance), new ApproveMethodHandler(methods),
                new ApproveMethodHandler.Form(false, "应公开招标"));

        assertThat(instance).hasPassed(MethodSelection.END_DETERMINED).isEnded()
                .variables().containsEntry(Vars.METHOD, ProcurementMethod.OPEN_TENDER.name());
    }

    @Test
    void singleSourceBelowTheThresholdNeedsNoFinanceApproval() {
        ProcessInstance instance = startWith(1_500_000_00L, true);

        assertThat(instance).hasPassed(MethodSelection.END_DETERMINED).hasNotPassed(MethodSelection.TASK_APPROVE_METHOD).isEnded()
                .variables().containsEntry(Vars.METHOD, ProcurementMethod.SINGLE_SOURCE.name())
                .containsEntry(MethodSelection.VAR_PUBLIC_NOTICE_REQUIRED, false);
        verify(methods).record(eq(PROJECT_ID), eq(ProcurementMethod.SINGLE_SOURCE), anyString());
    }

    @Test
    void belowTheDecentralisedFloorTheUnitBuysByItselfEvenFromASoleSupplier() {
        ProcessInstance instance = startWith(20_000_00L, true);

        assertThat(instance).hasPassed(MethodSelection.END_DETERMINED).hasNotPassed(MethodSelection.TASK_APPROVE_METHOD).isEnded()
                .variables().containsEntry(Vars.METHOD, ProcurementMethod.DECENTRALISED_PURCHASE.name())
                .containsEntry(MethodSelection.VAR_FLOOR_FEN, FLOOR_FEN)
                .containsEntry(MethodSelection.VAR_FINANCE_APPROVAL_REQUIRED, false);
        verify(methods).record(eq(PROJECT_ID), eq(ProcurementMethod.DECENTRALISED_PURCHASE), startsWith("低于分散采购限额标准"));
    }
}
