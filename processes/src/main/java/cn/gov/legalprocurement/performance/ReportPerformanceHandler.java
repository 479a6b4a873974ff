package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ReportPerformance}: at the end of each period the provider reports what was delivered per measure. */
@Component
public class ReportPerformanceHandler extends FormHandler<ReportPerformanceHandler.Form> {

    public record Form(@NotEmpty Map<Measure, BigDecimal> delivered, @Size(max = 4000) String narrative) {
    }

    private final PerformanceService performance;

    ReportPerformanceHandler(PerformanceService performance) {
        super(PerformanceMonitoring.TASK_REPORT, Form.class);
        this.performance = performance;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        performance.report(context.actor(), context.longVariable(Vars.CONTRACT_ID),
                context.intVariable(PerformanceMonitoring.VAR_PERIOD_NO), form.delivered(), form.narrative());
        return Map.of();
    }
}
