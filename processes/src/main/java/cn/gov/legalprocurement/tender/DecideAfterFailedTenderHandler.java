package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_DecideAfterFailedTender}: the tender failed; the purchaser tenders again or proposes another method to FINANCE. */
@Component
public class DecideAfterFailedTenderHandler extends FormHandler<DecideAfterFailedTenderHandler.Form> {

    public record Form(@NotNull FailedTenderDecision decision,
                       ProcurementMethod newMethod, @Size(max = 2000) String reason) {
    }

    private final OpeningService opening;

    DecideAfterFailedTenderHandler(OpeningService opening) {
        super(Tendering.TASK_DECIDE_AFTER_FAILURE, Form.class);
        this.opening = opening;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        OpeningService.AfterFailure decided = opening.decideAfterFailure(context.actor(), context.projectId(),
                form.decision(), form.newMethod(), form.reason());
        if (decided.proposedMethod() == null) {
            return Map.of(Tendering.VAR_FAILED_TENDER_DECISION, decided.decision().name());
        }
        return Map.of(Tendering.VAR_FAILED_TENDER_DECISION, decided.decision().name(),
                Tendering.VAR_PROPOSED_METHOD, decided.proposedMethod().name(),
                Tendering.VAR_METHOD_SWITCH_REASON, decided.reason());
    }
}
