package cn.gov.legalprocurement.acceptance;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.AcceptanceEvaluation;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The acceptanceEvaluation model alone, on the in-memory engine, with its delegate mocked at the service. */
@Deployment(resources = "bpmn/acceptanceEvaluation.bpmn")
class AcceptanceEvaluationModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long CONTRACT_ID = 77L;

    final AcceptanceService acceptance = mock(AcceptanceService.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("publishAcceptanceDelegate", new PublishAcceptanceDelegate(acceptance));
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(AcceptanceEvaluation.ID, "P-2026-0042",
                withVariables(Vars.PROJECT_ID, 42L, Vars.CONTRACT_ID, CONTRACT_ID));
    }

    void evaluate(ProcessInstance instance, boolean passed) {
        assertThat(instance).isWaitingAt(AcceptanceEvaluation.TASK_EVALUATE);
        EvaluateAcceptanceHandler.Form scores = new EvaluateAcceptanceHandler.Form(BigDecimal.valueOf(25),
                BigDecimal.valueOf(passed ? 45 : 30), BigDecimal.valueOf(15), "受援人代表", null, "意见");
        when(acceptance.evaluate(eq(ACTOR), eq(CONTRACT_ID), any())).thenReturn(
                new AcceptanceService.Outcome(5L, passed, BigDecimal.valueOf(passed ? 85 : 70)));
        completeWith(task(AcceptanceEvaluation.TASK_EVALUATE, instance), new EvaluateAcceptanceHandler(acceptance), scores);
        assertThat(instance).variables().containsEntry(AcceptanceEvaluation.VAR_ACCEPTANCE_ID, 5L);
    }

    @Test
    void passedAcceptanceIsPublished() {
        ProcessInstance instance = start();
        evaluate(instance, true);

        assertThat(instance).hasPassedInOrder(AcceptanceEvaluation.TASK_EVALUATE, AcceptanceEvaluation.SERVICE_PUBLISH,
                AcceptanceEvaluation.END_ACCEPTED).hasNotPassed(AcceptanceEvaluation.TASK_RECTIFY).isEnded();
        verify(acceptance).publish(CONTRACT_ID);
    }

    @Test
    void failedAcceptanceIsRectifiedAndEvaluatedAgainUntilItPasses() {
        ProcessInstance instance = start();
        evaluate(instance, false);

        assertThat(instance).isWaitingAt(AcceptanceEvaluation.TASK_RECTIFY).hasNotPassed(AcceptanceEvaluation.SERVICE_PUBLISH);
        verify(acceptance, never()).publish(CONTRACT_ID);
        complete(task(AcceptanceEvaluation.TASK_RECTIFY, instance));

        evaluate(instance, false);
        complete(task(AcceptanceEvaluation.TASK_RECTIFY, instance));
        evaluate(instance, true);

        assertThat(instance).hasPassed(AcceptanceEvaluation.END_ACCEPTED).isEnded();
        verify(acceptance, times(1)).publish(CONTRACT_ID);
    }
}
