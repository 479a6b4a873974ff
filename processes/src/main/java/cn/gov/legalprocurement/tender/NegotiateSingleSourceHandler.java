package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_NegotiateSingleSource}: the notice period is over; the purchaser records the agreement negotiated with the sole provider. */
@Component
public class NegotiateSingleSourceHandler extends FormHandler<NegotiateSingleSourceHandler.Form> {

    public record Form(@NotNull Long providerId, @NotNull BigDecimal amount,
                       @NotBlank @Size(max = 4000) String minutes) {
    }

    private final SingleSourceService singleSource;

    NegotiateSingleSourceHandler(SingleSourceService singleSource) {
        super(Tendering.TASK_NEGOTIATE_SINGLE_SOURCE, Form.class);
        this.singleSource = singleSource;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        Award award = singleSource.negotiateSingleSource(context.actor(), context.projectId(), form.providerId(),
                form.amount(), form.minutes());
        return Map.of(Vars.PROVIDER_ID, award.getProviderId(), Vars.AWARD_ID, award.getId());
    }
}
