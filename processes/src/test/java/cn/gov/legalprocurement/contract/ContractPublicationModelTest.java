package cn.gov.legalprocurement.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractPublication;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contractPublication model alone: the purchaser publishes the signed contract by the deadline, or the portal
 * does in the period's last hour.
 */
@Deployment(resources = "bpmn/contractPublication.bpmn")
class ContractPublicationModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long CONTRACT_ID = 77L;
    static final Date PUBLICATION_DUE = Date.from(Instant.parse("2027-01-07T16:00:00Z"));
    static final Date BY_PORTAL_AT = Date.from(Instant.parse("2027-01-07T15:00:00Z"));

    final ContractPublicationService publication = mock(ContractPublicationService.class);

    @BeforeEach
    void registerDelegate() {
        Mocks.register("publishContractDelegate", new PublishContractDelegate(publication));
    }

    ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ContractPublication.ID, "P-2026-0042", withVariables(
                Vars.PROJECT_ID, 42L, Vars.PURCHASER_ID, 3L, Vars.CONTRACT_ID, CONTRACT_ID,
                ContractPublication.VAR_PUBLICATION_DUE, PUBLICATION_DUE, ContractPublication.VAR_PUBLISHED_BY_PORTAL_AT, BY_PORTAL_AT));
        assertThat(instance).isWaitingAtExactly(ContractPublication.TASK_PUBLISH);
        assertThat(task(ContractPublication.TASK_PUBLISH, instance)).hasCandidateGroup(Role.PURCHASER.name())
                .hasDueDate(PUBLICATION_DUE);
        assertThat(job(ContractPublication.TIMER_PUBLICATION_DUE, instance)).hasDueDate(BY_PORTAL_AT);
        return instance;
    }

    @Test
    void thePurchaserPublishesTheContractByItsDeadline() {
        ProcessInstance instance = start();
        completeWith(task(ContractPublication.TASK_PUBLISH, instance), new PublishContractHandler(publication),
                new PublishContractHandler.Form(true));
        verify(publication).publish(ACTOR, CONTRACT_ID);
        verify(publication, never()).publishAtDeadline(anyLong());
        assertThat(instance).hasPassed(ContractPublication.END_PUBLISHED).hasNotPassed(ContractPublication.SERVICE_PUBLISH).isEnded();
    }

    @Test
    void whereNobodyHasPublishedItThePortalDoesInThePeriodsLastHour() {
        ProcessInstance instance = start();
        execute(job(ContractPublication.TIMER_PUBLICATION_DUE, instance));
        verify(publication).publishAtDeadline(CONTRACT_ID);
        verify(publication, never()).publish(any(), anyLong());
        assertThat(instance).hasPassedInOrder(ContractPublication.SERVICE_PUBLISH, ContractPublication.END_PUBLISHED_BY_PORTAL)
                .hasNotPassed(ContractPublication.END_PUBLISHED).isEnded();
    }
}
