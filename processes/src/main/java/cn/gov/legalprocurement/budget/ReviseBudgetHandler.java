package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.BudgetCommitment;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ReviseBudget}: the applicant picks another budget line or a smaller amount, or withdraws. */
@Component
public class ReviseBudgetHandler extends FormHandler<ReviseBudgetHandler.Form> {

    public record Form(@NotNull Boolean resubmit, Long budgetLineId, BigDecimal estimatedAmount) {
    }

    private final BudgetService budget;

    ReviseBudgetHandler(BudgetService budget) {
        super(BudgetCommitment.TASK_REVISE, Form.class);
        this.budget = budget;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        if (budget.revise(context.actor(), context.projectId(), form.resubmit(), form.budgetLineId(),
                form.estimatedAmount())) {
            return Map.of(Vars.RESUBMITTED, true);
        }
        return Map.of(Vars.RESUBMITTED, false, Procurement.VAR_BUDGET_COMMITTED, false);
    }
}
