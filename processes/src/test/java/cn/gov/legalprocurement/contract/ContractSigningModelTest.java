package cn.gov.legalprocurement.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSignatures;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contractSigning model alone, on the in-memory engine: its delegates mocked at the service, the
 * called contractSignatures replaced by a stand-in with one task.
 */
@Deployment(resources = "bpmn/contractSigning.bpmn")
class ContractSigningModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long PROJECT_ID = 42L;
    static final long AWARD_ID = 9L;
    static final long CONTRACT_ID = 77L;
    static final String APPLICANT = "applicant1";
    static final Date SIGNING_ESCALATION_AT = Date.from(Instant.parse("2027-01-20T16:00:00Z"));
    static final Date SIGNING_DEADLINE = Date.from(Instant.parse("2027-01-25T16:00:00Z"));
    static final String TASK_STUB = "Task_Stub";

    final ContractService contracts = mock(ContractService.class);
    final ContractPublicationService publication = mock(ContractPublicationService.class);
    final ContractFilingService filing = mock(ContractFilingService.class);

    @BeforeEach
    void registerBeansAndStandIn() {
        Mocks.register("draftContractDelegate", new DraftContractDelegate(contracts));
        Mocks.register("sealContractDelegate", new SealContractDelegate(publication, filing));
        Contract drafted = mock(Contract.class);
        when(drafted.getId()).thenReturn(CONTRACT_ID);
        when(contracts.draft(PROJECT_ID, AWARD_ID)).thenReturn(drafted);
        engine.manageDeployment(repositoryService().createDeployment()
                .addModelInstance(ContractSignatures.ID + ".bpmn", Bpmn.createExecutableProcess(ContractSignatures.ID)
                        .camundaHistoryTimeToLive(180).startEvent().userTask(TASK_STUB).endEvent().done())
                .deploy());
    }

    /** Starts as the tendering leaves it (award published) and prepares the drafted contract. */
    ProcessInstance startAndPrepare() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ContractSigning.ID, "P-2026-0042",
                withVariables(Vars.PROJECT_ID, PROJECT_ID, Vars.AWARD_ID, AWARD_ID, Vars.APPLICANT, APPLICANT,
                        Tendering.VAR_SIGNING_DEADLINE, SIGNING_DEADLINE,
                        Tendering.VAR_SIGNING_ESCALATION_AT, SIGNING_ESCALATION_AT));
        verify(contracts).draft(PROJECT_ID, AWARD_ID);
        assertThat(instance).isWaitingAt(ContractSigning.TASK_PREPARE)
                .variables().containsEntry(Vars.CONTRACT_ID, CONTRACT_ID);
        assertThat(task(ContractSigning.TASK_PREPARE, instance)).isAssignedTo(APPLICANT).hasDueDate(SIGNING_ESCALATION_AT);
        complete(task(ContractSigning.TASK_PREPARE, instance));
        assertThat(instance).isWaitingAt(ContractSigning.CALL_SIGNATURES);
        return instance;
    }

    void sign(ProcessInstance instance) {
        ProcessInstance signatures = calledProcessInstance(ContractSignatures.ID, instance);
        assertThat(signatures).variables().containsEntry(Vars.CONTRACT_ID, CONTRACT_ID);
        complete(task(TASK_STUB, signatures));
    }

    @Test
    void preparedContractIsSignedAndComesIntoForce() {
        ProcessInstance instance = startAndPrepare();
        assertThat(job(ContractSigning.TIMER_ESCALATION, instance)).hasDueDate(SIGNING_ESCALATION_AT);
        sign(instance);

        assertThat(instance).hasPassedInOrder(ContractSigning.SERVICE_DRAFT, ContractSigning.TASK_PREPARE,
                        ContractSigning.CALL_SIGNATURES, ContractSigning.SERVICE_SEAL, ContractSigning.END_IN_FORCE)
                .hasNotPassed(ContractSigning.TASK_ESCALATE).isEnded();
        verify(publication).seal(CONTRACT_ID);
        verify(filing).open(CONTRACT_ID);
    }

    @Test
    void signingNotDoneByTheEscalationDateIsEscalatedWhileTheSignaturesGoOn() {
        ProcessInstance instance = startAndPrepare();
        execute(job(ContractSigning.TIMER_ESCALATION, instance));

        assertThat(instance).isWaitingAtExactly(ContractSigning.CALL_SIGNATURES, ContractSigning.TASK_ESCALATE);
        assertThat(task(ContractSigning.TASK_ESCALATE, instance)).hasCandidateGroup(Role.PURCHASER_HEAD.name())
                .hasDueDate(SIGNING_DEADLINE);
        complete(task(ContractSigning.TASK_ESCALATE, instance));

        assertThat(instance).hasPassed(ContractSigning.END_ESCALATION_HANDLED).isWaitingAtExactly(ContractSigning.CALL_SIGNATURES);
        verify(publication, never()).seal(CONTRACT_ID);
        sign(instance);

        assertThat(instance).hasPassed(ContractSigning.END_IN_FORCE).isEnded();
        verify(publication).seal(CONTRACT_ID);
    }
}
