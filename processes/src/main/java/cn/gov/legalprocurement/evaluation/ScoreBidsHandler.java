package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ScoreBids}: each drawn expert scores the quality of every qualified bid (one task per expert). */
@Component
public class ScoreBidsHandler extends FormHandler<ScoreBidsHandler.Form> {

    /** Quality score per bid id; the expert declares having no conflict of interest. */
    public record Form(@NotNull Boolean noConflict, @NotEmpty Map<Long, BigDecimal> scores,
                       @Size(max = 1000) String comment) {
    }

    private final EvaluationService evaluation;

    ScoreBidsHandler(EvaluationService evaluation) {
        super(Tendering.TASK_SCORE_BIDS, Form.class);
        this.evaluation = evaluation;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        evaluation.score(context.actor(), context.projectId(), form.noConflict(), form.scores(), form.comment());
        return Map.of();
    }
}
