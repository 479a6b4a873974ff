package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.workflow.ProcessModel.BudgetCommitment;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The human tasks of the budget stage. */
@Configuration
public class BudgetTasks {

    public record FinanceReviewForm(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    public record RevisionForm(@NotNull Boolean resubmit, Long budgetLineId, BigDecimal estimatedAmount) {
    }

    @Bean
    TaskHandler<FinanceReviewForm> budgetFinanceReview(BudgetService budget) {
        return TaskHandler.of(BudgetCommitment.TASK_FINANCE_REVIEW, FinanceReviewForm.class,
                (ctx, form) -> budget.financeReview(ctx.actor(), ctx.projectId(), form.approved(), form.comment()));
    }

    @Bean
    TaskHandler<RevisionForm> budgetRevise(BudgetService budget) {
        return TaskHandler.of(BudgetCommitment.TASK_REVISE, RevisionForm.class,
                (ctx, form) -> budget.revise(ctx.actor(), ctx.projectId(), form.resubmit(), form.budgetLineId(),
                        form.estimatedAmount()));
    }
}
