package cn.gov.legalprocurement.method;

import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.MethodSelection;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ApproveMethod}: FINANCE approves a method other than open tender, or requires an open tender. */
@Component
public class ApproveMethodHandler extends FormHandler<ApproveMethodHandler.Form> {

    public record Form(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    private final MethodService methods;

    ApproveMethodHandler(MethodService methods) {
        super(MethodSelection.TASK_APPROVE_METHOD, Form.class);
        this.methods = methods;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        ProcurementMethod method = methods.approve(context.actor(), context.projectId(), form.approved(), form.comment());
        return Map.of(Vars.METHOD, method.name());
    }
}
