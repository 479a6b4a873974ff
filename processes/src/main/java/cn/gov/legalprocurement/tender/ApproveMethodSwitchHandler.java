package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ApproveMethodSwitch}: FINANCE approves or refuses the method the purchaser proposed after a failed tender. */
@Component
public class ApproveMethodSwitchHandler extends FormHandler<ApproveMethodSwitchHandler.Form> {

    public record Form(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    private final OpeningService opening;

    ApproveMethodSwitchHandler(OpeningService opening) {
        super(Tendering.TASK_APPROVE_METHOD_SWITCH, Form.class);
        this.opening = opening;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        ProcurementMethod proposed = ProcurementMethod.valueOf(context.stringVariable(Tendering.VAR_PROPOSED_METHOD));
        boolean approved = opening.approveMethodSwitch(context.actor(), context.projectId(), proposed,
                context.stringVariable(Tendering.VAR_METHOD_SWITCH_REASON), form.approved(), form.comment());
        return approved ? Map.of(Tendering.VAR_METHOD_SWITCH_APPROVED, true, Vars.METHOD, proposed.name())
                : Map.of(Tendering.VAR_METHOD_SWITCH_APPROVED, false);
    }
}
