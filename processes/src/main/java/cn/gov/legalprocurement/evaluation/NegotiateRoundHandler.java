package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_NegotiateRound}: the panel's chair records a round of the negotiation (consultation) and whether
 * another round follows or the final quotations are called.
 */
@Component
public class NegotiateRoundHandler extends FormHandler<NegotiateRoundHandler.Form> {

    /**
     * Eliminations by response (bid) id, each with its reason; the final-quotation deadline in Beijing time,
     * required when the final quotations are called.
     */
    public record Form(@NotBlank @Size(max = 4000) String minutes,
                       @Size(max = 4000) String documentsChange,
                       @NotNull Map<Long, @NotBlank @Size(max = 450) String> eliminations,
                       boolean callFinalQuotations,
                       LocalDateTime finalQuotationDeadline) {
    }

    private final NegotiationService negotiation;

    NegotiateRoundHandler(NegotiationService negotiation) {
        super(Tendering.TASK_NEGOTIATE_ROUND, Form.class);
        this.negotiation = negotiation;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        NegotiationService.Outcome outcome = negotiation.recordRound(context.actor(), context.projectId(), form.minutes(),
                form.documentsChange(), form.eliminations(), form.callFinalQuotations(),
                form.finalQuotationDeadline() == null ? null : form.finalQuotationDeadline().atZone(PortalClock.ZONE).toInstant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Tendering.VAR_NEGOTIATION_NEXT, outcome.next().name());
        if (outcome.next() == NegotiationService.Next.FINAL_QUOTATIONS) {
            variables.put(Tendering.VAR_FINAL_QUOTATIONS, true);
            variables.put(Tendering.VAR_BID_DEADLINE, Executions.date(outcome.finalQuotationDeadline()));
            variables.put(Tendering.VAR_DECRYPTION_WINDOW_ENDS, Executions.date(outcome.decryptionWindowEnds()));
        }
        return variables;
    }
}
