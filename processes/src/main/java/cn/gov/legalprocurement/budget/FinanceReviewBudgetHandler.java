package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.workflow.ProcessModel.BudgetCommitment;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_FinanceReviewBudget}: FINANCE reviews a commitment above the review threshold. */
@Component
public class FinanceReviewBudgetHandler implements TaskHandler<FinanceReviewBudgetHandler.Form> {

    public record Form(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    private final BudgetService budget;

    FinanceReviewBudgetHandler(BudgetService budget) {
        this.budget = budget;
    }

    @Override
    public String taskKey() {
        return BudgetCommitment.TASK_FINANCE_REVIEW;
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        BudgetService.Review review = budget.financeReview(context.actor(), context.projectId(), form.approved(),
                form.comment());
        return Map.of(BudgetCommitment.VAR_APPROVED, review.approved(), BudgetCommitment.VAR_PROBLEM, review.problem());
    }
}
