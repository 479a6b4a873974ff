package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The period the monitoring process waits for, as the period timer and the report task read it. */
final class PerformancePeriodVariables {

    private PerformancePeriodVariables() {
    }

    static void waitFor(DelegateExecution execution, PerformanceService.Period period) {
        execution.setVariable(PerformanceMonitoring.VAR_PERIOD_NO, period.number());
        execution.setVariable(PerformanceMonitoring.VAR_PERIOD_COUNT, period.count());
        execution.setVariable(PerformanceMonitoring.VAR_PERIOD_END, Executions.date(period.reportDueFrom()));
    }
}
