package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.BudgetCommitment;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CommitBudget}: commits the project's amount on its budget line; an unfit line becomes
 * the {@code BUDGET_INSUFFICIENT} error back to the applicant, with the reason.
 */
@Component
class CommitBudgetDelegate implements JavaDelegate {

    private final BudgetService budget;

    CommitBudgetDelegate(BudgetService budget) {
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            boolean review = budget.commit(Executions.projectId(execution));
            execution.setVariable(BudgetCommitment.VAR_REVIEW_REQUIRED, review);
            execution.setVariable(Procurement.VAR_BUDGET_COMMITTED, true);
            execution.setVariable(BudgetCommitment.VAR_PROBLEM, "");
        } catch (BudgetService.InsufficientBudget e) {
            execution.setVariable(BudgetCommitment.VAR_PROBLEM, e.reason().getMessage());
            throw new BpmnError(BudgetCommitment.ERROR_INSUFFICIENT, e.getMessage());
        }
    }
}
