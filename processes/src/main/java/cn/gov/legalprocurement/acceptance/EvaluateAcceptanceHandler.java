package cn.gov.legalprocurement.acceptance;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.AcceptanceEvaluation;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_EvaluateAcceptance}: the purchaser scores the service with the recipients' representatives. */
@Component
public class EvaluateAcceptanceHandler extends FormHandler<EvaluateAcceptanceHandler.Form> {

    public record Form(@NotNull BigDecimal processScore, @NotNull BigDecimal resultsScore,
                       @NotNull BigDecimal socialScore, @NotBlank @Size(max = 500) String recipientRepresentatives,
                       @Size(max = 200) String thirdParty, @NotBlank @Size(max = 4000) String opinion) {
    }

    private final AcceptanceService acceptance;

    EvaluateAcceptanceHandler(AcceptanceService acceptance) {
        super(AcceptanceEvaluation.TASK_EVALUATE, Form.class);
        this.acceptance = acceptance;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        AcceptanceService.Outcome outcome = acceptance.evaluate(context.actor(), context.longVariable(Vars.CONTRACT_ID),
                new AcceptanceService.Scores(form.processScore(), form.resultsScore(), form.socialScore(),
                        form.recipientRepresentatives(), form.thirdParty(), form.opinion()));
        return Map.of(AcceptanceEvaluation.VAR_PASSED, outcome.passed(),
                AcceptanceEvaluation.VAR_ACCEPTANCE_ID, outcome.acceptanceId());
    }
}
