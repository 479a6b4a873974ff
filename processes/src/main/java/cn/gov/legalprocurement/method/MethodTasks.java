package cn.gov.legalprocurement.method;

import cn.gov.legalprocurement.workflow.ProcessModel.MethodSelection;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MethodTasks {

    public record ApprovalForm(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    @Bean
    TaskHandler<ApprovalForm> methodFinanceApproval(MethodService methods) {
        return TaskHandler.of(MethodSelection.TASK_APPROVE_METHOD, ApprovalForm.class,
                (ctx, form) -> methods.approve(ctx.actor(), ctx.projectId(), form.approved(), form.comment()));
    }
}
