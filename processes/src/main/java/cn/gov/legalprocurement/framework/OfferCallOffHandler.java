package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OfferCallOff}: the purchaser offers the call-off to a shortlisted supplier — the one chosen for the
 * service recipient, with the grounds, or under rotation the one whose turn it is; under second-round quotation asks
 * every eligible shortlisted supplier to quote by a deadline, the need stated as the reason; or, when no supplier is
 * left (or a quotation left none to award), ends it with the reason.
 */
@Component
public class OfferCallOffHandler extends FormHandler<OfferCallOffHandler.Form> {

    /**
     * {@code providerId} may be left empty under rotation (the one in turn); {@code reason} is required for a direct
     * choice, for the need of a second-round quotation and to end the call-off ({@code terminate});
     * {@code quotationDeadline} (Beijing time) asks for second-round quotations.
     */
    public record Form(Long providerId, @Size(max = 2000) String reason, Boolean terminate, LocalDateTime quotationDeadline) {
    }

    private final CallOffService callOffs;
    private final CallOffQuotationService quotations;

    OfferCallOffHandler(CallOffService callOffs, CallOffQuotationService quotations) {
        super(Tendering.TASK_OFFER_CALL_OFF, Form.class);
        this.callOffs = callOffs;
        this.quotations = quotations;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        if (Boolean.TRUE.equals(form.terminate())) {
            callOffs.terminate(context.actor(), context.projectId(), form.reason());
            return Map.of(Tendering.VAR_CALL_OFF_TERMINATED, true, Tendering.VAR_CALL_OFF_QUOTATIONS, false);
        }
        if (form.quotationDeadline() != null) {
            CallOffQuotationService.Invited invited = quotations.invite(context.actor(), context.projectId(), form.reason(),
                    form.quotationDeadline().atZone(PortalClock.ZONE).toInstant());
            return Map.of(Tendering.VAR_CALL_OFF_TERMINATED, false, Tendering.VAR_CALL_OFF_QUOTATIONS, true,
                    Tendering.VAR_BID_DEADLINE, Executions.date(invited.deadline()),
                    Tendering.VAR_DECRYPTION_WINDOW_ENDS, Executions.date(invited.decryptionWindowEnds()));
        }
        CallOffService.Offered offered = callOffs.offer(context.actor(), context.projectId(), form.providerId(), form.reason());
        return Map.of(Vars.PROVIDER_ID, offered.providerId(), Tendering.VAR_CALL_OFF_ANSWER_DUE, Executions.date(offered.answerDue()),
                Tendering.VAR_CALL_OFF_TERMINATED, false, Tendering.VAR_CALL_OFF_QUOTATIONS, false);
    }
}
