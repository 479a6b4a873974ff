package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.workflow.ProcessModel.ProjectApplication;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The human tasks of the project application. */
@Configuration
public class ProjectTasks {

    public record ApprovalForm(@NotNull ApplicationDecision decision, @Size(max = 2000) String comment) {
    }

    public record RevisionForm(@NotNull Boolean resubmit, @Size(max = 2000) String serviceRecipients,
                               @Size(max = 2000) String justification) {
    }

    @Bean
    TaskHandler<ApprovalForm> projectApproveApplication(ProjectService projects) {
        return TaskHandler.of(ProjectApplication.TASK_APPROVE, ApprovalForm.class,
                (ctx, form) -> projects.decideApplication(ctx.actor(), ctx.projectId(), form.decision(), form.comment()));
    }

    @Bean
    TaskHandler<RevisionForm> projectReviseApplication(ProjectService projects) {
        return TaskHandler.of(ProjectApplication.TASK_REVISE, RevisionForm.class,
                (ctx, form) -> projects.reviseApplication(ctx.actor(), ctx.projectId(), form.resubmit(),
                        form.serviceRecipients(), form.justification()));
    }
}
