package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.ProjectApplication;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ApproveApplication}: the unit's head approves the application, returns it for revision or rejects it. */
@Component
public class ApproveApplicationHandler extends FormHandler<ApproveApplicationHandler.Form> {

    public record Form(@NotNull ApplicationDecision decision, @Size(max = 2000) String comment) {
    }

    private final ProjectService projects;

    ApproveApplicationHandler(ProjectService projects) {
        super(ProjectApplication.TASK_APPROVE, Form.class);
        this.projects = projects;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        projects.decideApplication(context.actor(), context.projectId(), form.decision(), form.comment());
        return Map.of(ProjectApplication.VAR_DECISION, form.decision().name(),
                Procurement.VAR_APPLICATION_APPROVED, form.decision() == ApplicationDecision.APPROVE);
    }
}
