package cn.gov.legalprocurement.acceptance;

import cn.gov.legalprocurement.workflow.ProcessModel.AcceptanceEvaluation;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_RectifyService}: the provider reports how a failed acceptance's shortcomings were put right. */
@Component
public class RectifyServiceHandler implements TaskHandler<RectifyServiceHandler.Form> {

    public record Form(@NotBlank @Size(max = 4000) String report) {
    }

    private final AcceptanceService acceptance;

    RectifyServiceHandler(AcceptanceService acceptance) {
        this.acceptance = acceptance;
    }

    @Override
    public String taskKey() {
        return AcceptanceEvaluation.TASK_RECTIFY;
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        acceptance.rectify(context.actor(), context.longVariable(Vars.CONTRACT_ID), form.report());
        return Map.of();
    }
}
