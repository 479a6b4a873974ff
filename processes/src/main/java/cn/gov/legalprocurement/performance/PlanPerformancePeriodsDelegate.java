package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_PlanPerformancePeriods}: the contract is in force; the process waits for its first period's end. */
@Component
class PlanPerformancePeriodsDelegate implements JavaDelegate {

    private final PerformanceService performance;

    PlanPerformancePeriodsDelegate(PerformanceService performance) {
        this.performance = performance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformancePeriodVariables.waitFor(execution,
                performance.period(Executions.longVariable(execution, Vars.CONTRACT_ID), 1));
    }
}
