package cn.gov.legalprocurement.project;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.ProjectApplication;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The projectApplication model alone, on the in-memory engine (it has user tasks only). */
@Deployment(resources = "bpmn/projectApplication.bpmn")
class ProjectApplicationModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final String APPLICANT = "applicant1";

    final ProjectService projects = mock(ProjectService.class);

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ProjectApplication.ID, "P-2026-0042",
                withVariables(Vars.PROJECT_ID, 42L, Vars.APPLICANT, APPLICANT));
    }

    void decide(ProcessInstance instance, ApplicationDecision decision) {
        assertThat(instance).isWaitingAt(ProjectApplication.TASK_APPROVE);
        assertThat(task(ProjectApplication.TASK_APPROVE, instance)).hasCandidateGroup(Role.PURCHASER_HEAD.name())
                .hasDueDate(DUE);
        completeWith(task(ProjectApplication.TASK_APPROVE, instance), new ApproveApplicationHandler(projects),
                new ApproveApplicationHandler.Form(decision, "意见"));
        verify(projects, atLeastOnce()).decideApplication(ACTOR, 42L, decision, "意见");
    }

    void revise(ProcessInstance instance, boolean resubmit) {
        assertThat(instance).isWaitingAt(ProjectApplication.TASK_REVISE);
        assertThat(task(ProjectApplication.TASK_REVISE, instance)).isAssignedTo(APPLICANT);
        completeWith(task(ProjectApplication.TASK_REVISE, instance), new ReviseApplicationHandler(projects),
                new ReviseApplicationHandler.Form(resubmit, "经济困难群众", null));
        verify(projects, atLeastOnce()).reviseApplication(ACTOR, 42L, resubmit, "经济困难群众", null);
    }

    @Test
    void approvedApplicationEndsApproved() {
        ProcessInstance instance = start();
        decide(instance, ApplicationDecision.APPROVE);

        assertThat(instance).hasPassed(ProjectApplication.END_APPROVED).hasNotPassed(ProjectApplication.TASK_REVISE).isEnded()
                .variables().containsEntry(Procurement.VAR_APPLICATION_APPROVED, true);
    }

    @Test
    void returnedApplicationIsRevisedAndResubmittedForApproval() {
        ProcessInstance instance = start();
        decide(instance, ApplicationDecision.RETURN);
        revise(instance, true);
        decide(instance, ApplicationDecision.APPROVE);

        assertThat(instance).hasPassedInOrder(ProjectApplication.TASK_APPROVE, ProjectApplication.TASK_REVISE,
                ProjectApplication.TASK_APPROVE, ProjectApplication.END_APPROVED).isEnded();
    }

    @Test
    void returnedApplicationWithdrawnByTheApplicantEndsWithdrawn() {
        ProcessInstance instance = start();
        decide(instance, ApplicationDecision.RETURN);
        revise(instance, false);

        assertThat(instance).hasPassed(ProjectApplication.END_WITHDRAWN).hasNotPassed(ProjectApplication.END_APPROVED).isEnded()
                .variables().containsEntry(Procurement.VAR_APPLICATION_APPROVED, false);
    }

    @Test
    void rejectedApplicationEndsWithdrawnWithoutRevision() {
        ProcessInstance instance = start();
        decide(instance, ApplicationDecision.REJECT);

        assertThat(instance).hasPassed(ProjectApplication.END_WITHDRAWN).hasNotPassed(ProjectApplication.TASK_REVISE, ProjectApplication.END_APPROVED)
                .isEnded().variables().containsEntry(Procurement.VAR_APPLICATION_APPROVED, false);
    }
}
