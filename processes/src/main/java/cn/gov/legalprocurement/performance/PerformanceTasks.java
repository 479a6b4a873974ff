package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PerformanceTasks {

    public record ReportForm(@NotEmpty Map<Measure, BigDecimal> delivered, @Size(max = 4000) String narrative) {
    }

    public record WarningForm(@NotBlank @Size(max = 2000) String actionTaken) {
    }

    @Bean
    TaskHandler<ReportForm> performanceReport(PerformanceService performance) {
        return TaskHandler.of(PerformanceMonitoring.TASK_REPORT, ReportForm.class, (ctx, form) ->
                performance.report(ctx.actor(), ctx.longVariable(Vars.CONTRACT_ID), (int) ctx.longVariable("periodNo"),
                        form.delivered(), form.narrative()));
    }

    @Bean
    TaskHandler<WarningForm> performanceShortfallWarning(PerformanceService performance) {
        return TaskHandler.of(PerformanceMonitoring.TASK_SHORTFALL_WARNING, WarningForm.class, (ctx, form) ->
                performance.handleWarning(ctx.actor(), ctx.longVariable(Vars.CONTRACT_ID),
                        (int) ctx.longVariable("assessedPeriod"), form.actionTaken()));
    }
}
