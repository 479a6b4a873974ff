package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.BudgetCommitment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_FinanceReviewBudget}: FINANCE reviews a commitment above the review threshold. */
@Component
public class FinanceReviewBudgetHandler extends FormHandler<FinanceReviewBudgetHandler.Form> {

    public record Form(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    private final BudgetService budget;

    FinanceReviewBudgetHandler(BudgetService budget) {
        super(BudgetCommitment.TASK_FINANCE_REVIEW, Form.class);
        this.budget = budget;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        BudgetService.Review review = budget.financeReview(context.actor(), context.projectId(), form.approved(),
                form.comment());
        return Map.of(BudgetCommitment.VAR_APPROVED, review.approved(), BudgetCommitment.VAR_PROBLEM, review.problem());
    }
}
