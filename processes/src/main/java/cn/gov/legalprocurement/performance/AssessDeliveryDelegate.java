package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_AssessDelivery}: the period's report is in; cumulative delivery is compared with the
 * pro-rata target, and the process waits for the next period if there is one.
 */
@Component
class AssessDeliveryDelegate implements JavaDelegate {

    private final PerformanceService performance;

    AssessDeliveryDelegate(PerformanceService performance) {
        this.performance = performance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int periodNo = Executions.intVariable(execution, PerformanceMonitoring.VAR_PERIOD_NO);
        PerformanceService.Assessment assessment = performance.assess(
                Executions.longVariable(execution, Vars.CONTRACT_ID), periodNo);
        execution.setVariable(PerformanceMonitoring.VAR_ASSESSED_PERIOD, periodNo);
        execution.setVariable(PerformanceMonitoring.VAR_SHORTFALL, assessment.shortfall());
        execution.setVariable(PerformanceMonitoring.VAR_MORE_PERIODS, assessment.next().isPresent());
        assessment.next().ifPresent(next -> PerformancePeriodVariables.waitFor(execution, next));
    }
}
