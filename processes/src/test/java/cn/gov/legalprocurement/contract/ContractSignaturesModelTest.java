package cn.gov.legalprocurement.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSignatures;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contractSignatures model alone, on the in-memory engine (it has user tasks only). */
@Deployment(resources = "bpmn/contractSignatures.bpmn")
class ContractSignaturesModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final Date SIGNING_DEADLINE = Date.from(Instant.parse("2027-01-25T16:00:00Z"));

    ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ContractSignatures.ID, "P-2026-0042",
                withVariables(Vars.PROJECT_ID, 42L, Vars.CONTRACT_ID, 77L, Tendering.VAR_SIGNING_DEADLINE, SIGNING_DEADLINE));
        assertThat(instance).isWaitingAtExactly(ContractSignatures.TASK_SIGN_PROVIDER, ContractSignatures.TASK_SIGN_PURCHASER);
        assertThat(task(ContractSignatures.TASK_SIGN_PROVIDER, instance)).hasCandidateGroup(Role.PROVIDER.name())
                .hasDueDate(SIGNING_DEADLINE);
        assertThat(task(ContractSignatures.TASK_SIGN_PURCHASER, instance)).hasCandidateGroup(Role.PURCHASER.name())
                .hasDueDate(SIGNING_DEADLINE);
        return instance;
    }

    @Test
    void providerSignsFirstThenThePurchaserAndTheContractIsSigned() {
        ProcessInstance instance = start();
        complete(task(ContractSignatures.TASK_SIGN_PROVIDER, instance));

        assertThat(instance).isWaitingAt(ContractSignatures.TASK_SIGN_PURCHASER)
                .isNotWaitingAt(ContractSignatures.TASK_SIGN_PROVIDER).hasNotPassed(ContractSignatures.END_SIGNED);
        complete(task(ContractSignatures.TASK_SIGN_PURCHASER, instance));

        assertThat(instance).hasPassed(ContractSignatures.END_SIGNED).isEnded();
    }

    @Test
    void purchaserSignsFirstThenTheProviderAndTheContractIsSigned() {
        ProcessInstance instance = start();
        complete(task(ContractSignatures.TASK_SIGN_PURCHASER, instance));

        assertThat(instance).isWaitingAt(ContractSignatures.TASK_SIGN_PROVIDER)
                .isNotWaitingAt(ContractSignatures.TASK_SIGN_PURCHASER).hasNotPassed(ContractSignatures.END_SIGNED);
        complete(task(ContractSignatures.TASK_SIGN_PROVIDER, instance));

        assertThat(instance).hasPassed(ContractSignatures.END_SIGNED).isEnded();
    }
}
