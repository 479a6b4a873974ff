package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OfferCallOff}: the purchaser offers the call-off to a shortlisted supplier — the one chosen for the
 * service recipient, with the grounds, or under rotation the one whose turn it is; or, when no supplier is left to
 * offer it to, ends it with the reason.
 */
@Component
public class OfferCallOffHandler extends FormHandler<OfferCallOffHandler.Form> {

    /**
     * {@code providerId} may be left empty under rotation (the one in turn); {@code reason} is required for a direct
     * choice and to end the call-off ({@code terminate}).
     */
    public record Form(Long providerId, @Size(max = 2000) String reason, Boolean terminate) {
    }

    private final CallOffService callOffs;

    OfferCallOffHandler(CallOffService callOffs) {
        super(Tendering.TASK_OFFER_CALL_OFF, Form.class);
        this.callOffs = callOffs;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        if (Boolean.TRUE.equals(form.terminate())) {
            callOffs.terminate(context.actor(), context.projectId(), form.reason());
            return Map.of(Tendering.VAR_CALL_OFF_TERMINATED, true);
        }
        CallOffService.Offered offered = callOffs.offer(context.actor(), context.projectId(), form.providerId(), form.reason());
        return Map.of(Vars.PROVIDER_ID, offered.providerId(),
                Tendering.VAR_CALL_OFF_ANSWER_DUE, Executions.date(offered.answerDue()), Tendering.VAR_CALL_OFF_TERMINATED, false);
    }
}
