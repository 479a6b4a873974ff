package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_CancelProject}: the application or its budget was refused or withdrawn; the project ends cancelled. */
@Component
class CancelProjectDelegate implements JavaDelegate {

    private final ProjectService projects;

    CancelProjectDelegate(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.moveTo(Executions.projectId(execution), ProjectStage.CANCELLED);
    }
}
