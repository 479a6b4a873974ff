package cn.gov.legalprocurement.challenge;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.ComplaintHandling;
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
 * The complaint model alone, on the in-memory engine with the complaint service mocked: FINANCE decides within the
 * period; a suspension ordered meanwhile ends by itself at its term, and the decision ends what is left of it.
 */
@Deployment(resources = "bpmn/complaintHandling.bpmn")
class ComplaintHandlingModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long PROJECT_ID = 42L;
    static final long COMPLAINT_ID = 5L;
    static final Instant DECISION_DUE = Instant.parse("2027-02-10T16:00:00Z");
    static final Instant SUSPENSION_ENDS = Instant.parse("2027-01-20T02:00:00Z");

    final ComplaintService complaints = mock(ComplaintService.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("resumeProcurementDelegate", new ResumeProcurementDelegate(complaints));
    }

    ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ComplaintHandling.ID, "P-2027-0042",
                withVariables(Vars.PROJECT_ID, PROJECT_ID, ComplaintHandling.VAR_COMPLAINT_ID, COMPLAINT_ID,
                        ComplaintHandling.VAR_DECISION_DUE, Executions.date(DECISION_DUE)));
        assertThat(instance).isWaitingAtExactly(ComplaintHandling.TASK_DECIDE);
        assertThat(task(ComplaintHandling.TASK_DECIDE, instance)).hasCandidateGroup("FINANCE").hasDueDate(Date.from(DECISION_DUE));
        return instance;
    }

    void suspend(ProcessInstance instance) {
        runtimeService().createMessageCorrelation(ComplaintHandling.MESSAGE_SUSPENDED).processInstanceId(instance.getId())
                .setVariable(ComplaintHandling.VAR_SUSPENSION_ENDS, Executions.date(SUSPENSION_ENDS)).correlate();
        assertThat(instance).isWaitingAt(ComplaintHandling.TASK_DECIDE, ComplaintHandling.TIMER_SUSPENSION_ENDS);
        assertThat(job(ComplaintHandling.TIMER_SUSPENSION_ENDS, instance)).hasDueDate(Date.from(SUSPENSION_ENDS));
    }

    void decide(ProcessInstance instance) {
        when(complaints.decide(ACTOR, COMPLAINT_ID, Complaint.Status.DISMISSED, "驳回")).thenReturn(Complaint.Status.DISMISSED);
        completeWith(task(ComplaintHandling.TASK_DECIDE, instance), new DecideComplaintHandler(complaints),
                new DecideComplaintHandler.Form(Complaint.Status.DISMISSED, "驳回"));
        verify(complaints).decide(ACTOR, COMPLAINT_ID, Complaint.Status.DISMISSED, "驳回");
    }

    @Test
    void aSuspensionEndsAtItsTermAndTheDecisionEndsTheComplaint() {
        ProcessInstance instance = start();
        suspend(instance);
        execute(job(ComplaintHandling.TIMER_SUSPENSION_ENDS, instance));
        verify(complaints).resume(COMPLAINT_ID);
        assertThat(instance).hasPassed(ComplaintHandling.END_SUSPENSION_ENDED).isWaitingAtExactly(ComplaintHandling.TASK_DECIDE);
        decide(instance);
        assertThat(instance).hasPassed(ComplaintHandling.END_DECIDED).isEnded();
    }

    @Test
    void theDecisionBeforeTheSuspensionsTermEndsBoth() {
        ProcessInstance instance = start();
        suspend(instance);
        decide(instance);
        assertThat(instance).hasPassed(ComplaintHandling.END_DECIDED).hasNotPassed(ComplaintHandling.SERVICE_RESUME).isEnded();
    }
}
