package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PerformanceDelegates {

    @Bean
    JavaDelegate planPerformancePeriodsDelegate(PerformanceService performance) {
        return execution -> schedule(execution, performance.period(contractId(execution), 1));
    }

    @Bean
    JavaDelegate assessDeliveryDelegate(PerformanceService performance) {
        return execution -> {
            long contractId = contractId(execution);
            int periodNo = (int) Executions.longVariable(execution, "periodNo");
            execution.setVariable("assessedPeriod", periodNo);
            execution.setVariable("shortfall", performance.assess(contractId, periodNo));
            PerformanceService.Period current = performance.period(contractId, periodNo);
            boolean more = periodNo < current.count();
            execution.setVariable("morePeriods", more);
            if (more) {
                schedule(execution, performance.period(contractId, periodNo + 1));
            }
        };
    }

    private static long contractId(DelegateExecution execution) {
        return Executions.longVariable(execution, Vars.CONTRACT_ID);
    }

    private static void schedule(DelegateExecution execution, PerformanceService.Period period) {
        execution.setVariable("periodNo", period.number());
        execution.setVariable("periodCount", period.count());
        execution.setVariable("periodEnd", Executions.date(period.reportDueFrom()));
    }
}
