package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.ProjectApplication;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ReviseApplication}: the applicant resubmits a returned application with corrections, or withdraws it. */
@Component
public class ReviseApplicationHandler extends FormHandler<ReviseApplicationHandler.Form> {

    public record Form(@NotNull Boolean resubmit, @Size(max = 2000) String serviceRecipients,
                       @Size(max = 2000) String justification) {
    }

    private final ProjectService projects;

    ReviseApplicationHandler(ProjectService projects) {
        super(ProjectApplication.TASK_REVISE, Form.class);
        this.projects = projects;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        projects.reviseApplication(context.actor(), context.projectId(), form.resubmit(), form.serviceRecipients(),
                form.justification());
        return Map.of(Vars.RESUBMITTED, form.resubmit(), Procurement.VAR_APPLICATION_APPROVED, false);
    }
}
