package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class CancelProjectDelegate implements JavaDelegate {

    private final ProjectService projects;

    CancelProjectDelegate(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.moveTo(((Number) execution.getVariable(Vars.PROJECT_ID)).longValue(), ProjectStage.CANCELLED);
    }
}
