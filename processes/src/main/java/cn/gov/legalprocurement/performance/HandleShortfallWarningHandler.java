package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_HandleShortfallWarning}: delivery is behind the pro-rata target; the purchaser records what was done. */
@Component
public class HandleShortfallWarningHandler implements TaskHandler<HandleShortfallWarningHandler.Form> {

    public record Form(@NotBlank @Size(max = 2000) String actionTaken) {
    }

    private final PerformanceService performance;

    HandleShortfallWarningHandler(PerformanceService performance) {
        this.performance = performance;
    }

    @Override
    public String taskKey() {
        return PerformanceMonitoring.TASK_SHORTFALL_WARNING;
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        performance.handleWarning(context.actor(), context.longVariable(Vars.CONTRACT_ID),
                context.intVariable(PerformanceMonitoring.VAR_ASSESSED_PERIOD), form.actionTaken());
        return Map.of();
    }
}
