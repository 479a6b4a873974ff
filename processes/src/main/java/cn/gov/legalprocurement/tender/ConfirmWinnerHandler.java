package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ConfirmWinner}: the unit's head confirms the winner by the committee's ranking (another rank needs a reason). */
@Component
public class ConfirmWinnerHandler extends FormHandler<ConfirmWinnerHandler.Form> {

    public record Form(@NotNull Long bidId, @Size(max = 2000) String reason) {
    }

    private final AwardService awards;

    ConfirmWinnerHandler(AwardService awards) {
        super(Tendering.TASK_CONFIRM_WINNER, Form.class);
        this.awards = awards;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        Award award = awards.confirmWinner(context.actor(), context.projectId(), form.bidId(), form.reason());
        return Map.of(Vars.PROVIDER_ID, award.getProviderId(), Vars.AWARD_ID, award.getId());
    }
}
