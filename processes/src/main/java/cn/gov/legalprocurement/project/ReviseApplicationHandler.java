package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.ProjectApplication;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ReviseApplication}: the applicant resubmits a returned application with corrections, or withdraws it. */
@Component
public class ReviseApplicationHandler implements TaskHandler<ReviseApplicationHandler.Form> {

    public record Form(@NotNull Boolean resubmit, @Size(max = 2000) String serviceRecipients,
                       @Size(max = 2000) String justification) {
    }

    private final ProjectService projects;

    ReviseApplicationHandler(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String taskKey() {
        return ProjectApplication.TASK_REVISE;
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        projects.reviseApplication(context.actor(), context.projectId(), form.resubmit(), form.serviceRecipients(),
                form.justification());
        return Map.of(Vars.RESUBMITTED, form.resubmit(), Procurement.VAR_APPLICATION_APPROVED, false);
    }
}
