package cn.gov.legalprocurement.project;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.closing.ClosingModelBeans;
import cn.gov.legalprocurement.closing.ClosingService;
import cn.gov.legalprocurement.framework.CallOffService;
import cn.gov.legalprocurement.framework.FrameworkAgreement;
import cn.gov.legalprocurement.framework.FrameworkAgreementService;
import cn.gov.legalprocurement.framework.FrameworkModelBeans;
import cn.gov.legalprocurement.shared.PortalClock;
import java.time.LocalDate;
import java.util.Date;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.AcceptanceEvaluation;
import cn.gov.legalprocurement.workflow.ProcessModel.BudgetCommitment;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning;
import cn.gov.legalprocurement.workflow.ProcessModel.MethodSelection;
import cn.gov.legalprocurement.workflow.ProcessModel.Payment;
import cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.ProjectApplication;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Map;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * The procurement model alone, on the in-memory engine: each called stage is a stand-in with one task,
 * completed with the variables the main process's gateways read; the stage listener and the delegates
 * are real, mocked at their services.
 */
@Deployment(resources = "bpmn/procurement.bpmn")
class ProcurementModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long PROJECT_ID = 42L;
    static final String TASK_STUB = "Task_Stub";
    static final String[] CALLED = {ProjectApplication.ID, BudgetCommitment.ID, MethodSelection.ID, Tendering.ID,
            ContractSigning.ID, PerformanceMonitoring.ID, AcceptanceEvaluation.ID, Payment.ID};

    final ProjectService projects = mock(ProjectService.class);
    final ClosingService closing = mock(ClosingService.class);
    final FrameworkAgreementService agreements = mock(FrameworkAgreementService.class);

    @BeforeEach
    void registerBeansAndStandIns() {
        Mocks.register("projectStageListener", new ProjectStageListener(projects));
        Mocks.register("cancelProjectDelegate", new CancelProjectDelegate(projects));
        ClosingModelBeans.register(closing);
        FrameworkModelBeans.register(agreements, mock(CallOffService.class));
        DeploymentBuilder standIns = repositoryService().createDeployment().name("stand-ins");
        for (String key : CALLED) {
            standIns.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180)
                    .startEvent().userTask(TASK_STUB).endEvent().done());
        }
        engine.manageDeployment(standIns.deploy());
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(Procurement.ID, "P-2026-0042",
                withVariables(Vars.PROJECT_ID, PROJECT_ID, Vars.APPLICANT, "applicant1", Vars.JURISDICTION, "110000"));
    }

    /** Completes the stand-in of the stage the main process waits in, with what the real stage would hand back. */
    void finishStage(ProcessInstance instance, String callActivity, String calledKey, Map<String, Object> out) {
        assertThat(instance).isWaitingAtExactly(callActivity);
        ProcessInstance stage = calledProcessInstance(calledKey, instance);
        assertThat(stage).hasBusinessKey("P-2026-0042").variables().containsEntry(Vars.PROJECT_ID, PROJECT_ID);
        complete(task(TASK_STUB, stage), out);
    }

    /** The application approved, the budget committed and the method decided: the main process calls the tendering. */
    void approvedAndFundedBy(ProcessInstance instance, ProcurementMethod method) {
        finishStage(instance, Procurement.CALL_APPLICATION, ProjectApplication.ID,
                withVariables(Procurement.VAR_APPLICATION_APPROVED, true));
        finishStage(instance, Procurement.CALL_BUDGET, BudgetCommitment.ID,
                withVariables(Procurement.VAR_BUDGET_COMMITTED, true));
        finishStage(instance, Procurement.CALL_METHOD, MethodSelection.ID, withVariables(Vars.METHOD, method.name()));
    }

    @Test
    void approvedAndFundedProjectGoesThroughEveryStageAndIsClosed() {
        ProcessInstance instance = start();
        approvedAndFundedBy(instance, ProcurementMethod.OPEN_TENDER);
        finishStage(instance, Procurement.CALL_TENDERING, Tendering.ID, withVariables(Vars.AWARD_ID, 9L));
        finishStage(instance, Procurement.CALL_CONTRACT, ContractSigning.ID, withVariables(Vars.CONTRACT_ID, 77L));
        finishStage(instance, Procurement.CALL_PERFORMANCE, PerformanceMonitoring.ID, Map.of());
        finishStage(instance, Procurement.CALL_ACCEPTANCE, AcceptanceEvaluation.ID, Map.of());
        finishStage(instance, Procurement.CALL_PAYMENT, Payment.ID, Map.of());

        assertThat(instance).hasPassedInOrder(Procurement.CALL_APPLICATION, Procurement.CALL_BUDGET,
                        Procurement.CALL_METHOD, Procurement.CALL_TENDERING, Procurement.CALL_CONTRACT,
                        Procurement.CALL_PERFORMANCE, Procurement.CALL_ACCEPTANCE, Procurement.CALL_PAYMENT,
                        Procurement.SERVICE_CLOSE_PROJECT, Procurement.END_CLOSED)
                .hasNotPassed(Procurement.SERVICE_CANCEL_PROJECT).isEnded()
                .variables().containsEntry(Vars.CONTRACT_ID, 77L);
        InOrder stages = inOrder(projects, closing);
        for (ProjectStage stage : new ProjectStage[]{ProjectStage.APPLICATION, ProjectStage.BUDGET, ProjectStage.METHOD,
                ProjectStage.TENDERING, ProjectStage.CONTRACT, ProjectStage.PERFORMANCE, ProjectStage.ACCEPTANCE,
                ProjectStage.PAYMENT}) {
            stages.verify(projects).moveTo(PROJECT_ID, stage);
        }
        stages.verify(closing).close(PROJECT_ID);
        stages.verifyNoMoreInteractions();
    }

    @Test
    void aCallOffEndedForWantOfSuppliersCancelsTheProject() {
        ProcessInstance instance = start();
        approvedAndFundedBy(instance, ProcurementMethod.FRAMEWORK_CALL_OFF);
        finishStage(instance, Procurement.CALL_TENDERING, Tendering.ID, withVariables(Tendering.VAR_CALL_OFF_TERMINATED, true));

        assertThat(instance).hasPassed(Procurement.SERVICE_CANCEL_PROJECT, Procurement.END_CANCELLED)
                .hasNotPassed(Procurement.CALL_CONTRACT, Procurement.END_CLOSED).isEnded();
        verify(projects).moveTo(PROJECT_ID, ProjectStage.CANCELLED);
    }

    @Test
    void applicationNotApprovedCancelsTheProject() {
        ProcessInstance instance = start();
        finishStage(instance, Procurement.CALL_APPLICATION, ProjectApplication.ID,
                withVariables(Procurement.VAR_APPLICATION_APPROVED, false));

        assertThat(instance).hasPassed(Procurement.SERVICE_CANCEL_PROJECT, Procurement.END_CANCELLED)
                .hasNotPassed(Procurement.CALL_BUDGET, Procurement.END_CLOSED).isEnded();
        verify(projects).moveTo(PROJECT_ID, ProjectStage.CANCELLED);
        verifyNoInteractions(closing);
    }

    @Test
    void budgetNotCommittedCancelsTheProject() {
        ProcessInstance instance = start();
        finishStage(instance, Procurement.CALL_APPLICATION, ProjectApplication.ID,
                withVariables(Procurement.VAR_APPLICATION_APPROVED, true));
        finishStage(instance, Procurement.CALL_BUDGET, BudgetCommitment.ID,
                withVariables(Procurement.VAR_BUDGET_COMMITTED, false));

        assertThat(instance).hasPassed(Procurement.SERVICE_CANCEL_PROJECT, Procurement.END_CANCELLED)
                .hasNotPassed(Procurement.CALL_METHOD, Procurement.END_CLOSED).isEnded();
        InOrder stages = inOrder(projects);
        stages.verify(projects).moveTo(PROJECT_ID, ProjectStage.APPLICATION);
        stages.verify(projects).moveTo(PROJECT_ID, ProjectStage.BUDGET);
        stages.verify(projects).moveTo(PROJECT_ID, ProjectStage.CANCELLED);
        verifyNoInteractions(closing);
    }

    /**
     * Stage one of a framework agreement ends in force, not with a contract: the term runs, then the agreement
     * expires (each call-off is a project of its own, 110号令).
     */
    @Test
    void aFrameworkAgreementIsInForceUntilItsTermEndsAndHasNoContractOfItsOwn() {
        FrameworkAgreement agreement = mock(FrameworkAgreement.class);
        when(agreement.getTermEnd()).thenReturn(LocalDate.of(2028, 12, 31));
        when(agreements.conclude(PROJECT_ID)).thenReturn(agreement);
        ProcessInstance instance = start();
        approvedAndFundedBy(instance, ProcurementMethod.FRAMEWORK_AGREEMENT);
        finishStage(instance, Procurement.CALL_TENDERING, Tendering.ID, Map.of());

        assertThat(instance).isWaitingAtExactly(Procurement.TIMER_FRAMEWORK_AGREEMENT_EXPIRES);
        assertThat(job(Procurement.TIMER_FRAMEWORK_AGREEMENT_EXPIRES, instance))
                .hasDueDate(Date.from(PortalClock.startOfDay(LocalDate.of(2029, 1, 1))));
        execute(job(Procurement.TIMER_FRAMEWORK_AGREEMENT_EXPIRES, instance));

        assertThat(instance).hasPassedInOrder(Procurement.CALL_TENDERING, Procurement.SERVICE_CONCLUDE_FRAMEWORK_AGREEMENT,
                        Procurement.SERVICE_EXPIRE_FRAMEWORK_AGREEMENT, Procurement.END_FRAMEWORK_AGREEMENT_EXPIRED)
                .hasNotPassed(Procurement.CALL_CONTRACT, Procurement.SERVICE_CLOSE_PROJECT).isEnded();
        verify(agreements).expire(PROJECT_ID);
        verifyNoInteractions(closing);
    }
}
