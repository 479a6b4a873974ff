package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Commits the budget; an unfit line becomes the BUDGET_INSUFFICIENT error back to the purchaser. */
@Component
class CommitBudgetDelegate implements JavaDelegate {

    private final BudgetService budget;

    CommitBudgetDelegate(BudgetService budget) {
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            boolean review = budget.commit(((Number) execution.getVariable(Vars.PROJECT_ID)).longValue());
            execution.setVariable("budgetReviewRequired", review);
            execution.setVariable("budgetCommitted", true);
            execution.setVariable("budgetProblem", "");
        } catch (BudgetService.InsufficientBudget e) {
            execution.setVariable("budgetProblem", e.reason().getMessage());
            throw new BpmnError(ProcessModel.BudgetCommitment.ERROR_INSUFFICIENT, e.getMessage());
        }
    }
}
