package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the project's stage in step with the stage (call activity) the main process enters. */
@Component
class ProjectStageListener implements ExecutionListener {

    private static final Map<String, ProjectStage> STAGES = Map.of(
            Procurement.CALL_APPLICATION, ProjectStage.APPLICATION,
            Procurement.CALL_BUDGET, ProjectStage.BUDGET,
            Procurement.CALL_METHOD, ProjectStage.METHOD,
            Procurement.CALL_TENDERING, ProjectStage.TENDERING,
            Procurement.CALL_CONTRACT, ProjectStage.CONTRACT,
            Procurement.CALL_PERFORMANCE, ProjectStage.PERFORMANCE,
            Procurement.CALL_ACCEPTANCE, ProjectStage.ACCEPTANCE,
            Procurement.CALL_PAYMENT, ProjectStage.PAYMENT);

    private final ProjectService projects;

    ProjectStageListener(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ProjectStage stage = STAGES.get(execution.getCurrentActivityId());
        if (stage != null) {
            projects.moveTo(Executions.projectId(execution), stage);
        }
    }
}
