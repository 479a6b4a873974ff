package cn.gov.legalprocurement.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractFiling;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contractFiling model alone: the purchaser's filing task, due by the statutory deadline, ends it. */
@Deployment(resources = "bpmn/contractFiling.bpmn")
class ContractFilingModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long CONTRACT_ID = 77L;
    static final Date DUE = Date.from(Instant.parse("2027-01-12T16:00:00Z"));

    final ContractFilingService filing = mock(ContractFilingService.class);

    @Test
    void thePurchaserFilesTheContractByItsDeadline() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ContractFiling.ID, "P-2026-0042", withVariables(
                Vars.PROJECT_ID, 42L, Vars.PURCHASER_ID, 3L, Vars.CONTRACT_ID, CONTRACT_ID, ContractFiling.VAR_FILING_DUE, DUE));
        assertThat(instance).isWaitingAtExactly(ContractFiling.TASK_FILE);
        assertThat(task(ContractFiling.TASK_FILE, instance)).hasCandidateGroup(Role.PURCHASER.name()).hasDueDate(DUE);
        completeWith(task(ContractFiling.TASK_FILE, instance), new FileContractHandler(filing), new FileContractHandler.Form(true, "已报送"));
        verify(filing).file(ACTOR, CONTRACT_ID, "已报送");
        assertThat(instance).hasPassed(ContractFiling.END_FILED).isEnded();
    }
}
