package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_HandleShortfallWarning}: delivery is behind the pro-rata target; the purchaser records what was done. */
@Component
public class HandleShortfallWarningHandler extends FormHandler<HandleShortfallWarningHandler.Form> {

    public record Form(@NotBlank @Size(max = 2000) String actionTaken) {
    }

    private final PerformanceService performance;

    HandleShortfallWarningHandler(PerformanceService performance) {
        super(PerformanceMonitoring.TASK_SHORTFALL_WARNING, Form.class);
        this.performance = performance;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        performance.handleWarning(context.actor(), context.longVariable(Vars.CONTRACT_ID),
                context.intVariable(PerformanceMonitoring.VAR_ASSESSED_PERIOD), form.actionTaken());
        return Map.of();
    }
}
