package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AnswerCallOff}: the shortlisted supplier accepts the call-off (awarded at its rate; the signing
 * clock starts) or declines it with its reason (the call-off is offered again).
 */
@Component
public class AnswerCallOffHandler extends FormHandler<AnswerCallOffHandler.Form> {

    public record Form(@NotNull Boolean accept, @Size(max = 2000) String reason) {
    }

    private final CallOffService callOffs;

    AnswerCallOffHandler(CallOffService callOffs) {
        super(Tendering.TASK_ANSWER_CALL_OFF, Form.class);
        this.callOffs = callOffs;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        CallOffService.Answer answer = callOffs.answer(context.actor(), context.projectId(), form.accept(), form.reason());
        Map<String, Object> out = new HashMap<>();
        out.put(Tendering.VAR_CALL_OFF_ACCEPTED, answer.accepted());
        answer.award().ifPresent(a -> {
            out.put(Vars.AWARD_ID, a.award().getId());
            out.put(Tendering.VAR_SIGNING_DEADLINE, Executions.date(a.signing().deadline()));
            out.put(Tendering.VAR_SIGNING_ESCALATION_AT, Executions.date(a.signing().escalationAt()));
        });
        return out;
    }
}
