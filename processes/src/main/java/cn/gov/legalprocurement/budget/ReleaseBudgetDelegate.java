package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ReleaseBudget}: finance refused the commitment; the amount goes back to the line. */
@Component
class ReleaseBudgetDelegate implements JavaDelegate {

    private final BudgetService budget;

    ReleaseBudgetDelegate(BudgetService budget) {
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        budget.release(Executions.projectId(execution));
        execution.setVariable(Procurement.VAR_BUDGET_COMMITTED, false);
    }
}
