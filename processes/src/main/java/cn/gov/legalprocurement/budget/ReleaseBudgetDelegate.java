package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class ReleaseBudgetDelegate implements JavaDelegate {

    private final BudgetService budget;

    ReleaseBudgetDelegate(BudgetService budget) {
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        budget.release(((Number) execution.getVariable(Vars.PROJECT_ID)).longValue());
        execution.setVariable("budgetCommitted", false);
    }
}
