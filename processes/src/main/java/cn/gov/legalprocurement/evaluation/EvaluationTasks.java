package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class EvaluationTasks {

    /** Quality score per bid id; the expert declares having no conflict of interest. */
    public record ScoreForm(@NotNull Boolean noConflict, @NotEmpty Map<Long, BigDecimal> scores,
                            @Size(max = 1000) String comment) {
    }

    @Bean
    TaskHandler<ScoreForm> evaluationScoreBids(EvaluationService evaluation) {
        return TaskHandler.of(Tendering.TASK_SCORE_BIDS, ScoreForm.class, (ctx, form) ->
                evaluation.score(ctx.actor(), ctx.projectId(), form.noConflict(), form.scores(), form.comment()));
    }
}
