package cn.gov.legalprocurement.acceptance;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.AcceptanceEvaluation;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_RectifyService}: the provider reports how a failed acceptance's shortcomings were put right. */
@Component
public class RectifyServiceHandler extends FormHandler<RectifyServiceHandler.Form> {

    public record Form(@NotBlank @Size(max = 4000) String report) {
    }

    private final AcceptanceService acceptance;

    RectifyServiceHandler(AcceptanceService acceptance) {
        super(AcceptanceEvaluation.TASK_RECTIFY, Form.class);
        this.acceptance = acceptance;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        acceptance.rectify(context.actor(), context.longVariable(Vars.CONTRACT_ID), form.report());
        return Map.of();
    }
}
