package cn.gov.legalprocurement.acceptance;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.AcceptanceEvaluation;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AcceptanceTasks {

    public record EvaluationForm(@NotNull BigDecimal processScore, @NotNull BigDecimal resultsScore,
                                 @NotNull BigDecimal socialScore, @NotBlank @Size(max = 500) String recipientRepresentatives,
                                 @Size(max = 200) String thirdParty, @NotBlank @Size(max = 4000) String opinion) {
    }

    public record RectificationForm(@NotBlank @Size(max = 4000) String report) {
    }

    @Bean
    TaskHandler<EvaluationForm> acceptanceEvaluate(AcceptanceService acceptance) {
        return TaskHandler.of(AcceptanceEvaluation.TASK_EVALUATE, EvaluationForm.class, (ctx, form) ->
                acceptance.evaluate(ctx.actor(), ctx.longVariable(Vars.CONTRACT_ID), new AcceptanceService.Scores(
                        form.processScore(), form.resultsScore(), form.socialScore(), form.recipientRepresentatives(),
                        form.thirdParty(), form.opinion())));
    }

    @Bean
    TaskHandler<RectificationForm> acceptanceRectify(AcceptanceService acceptance) {
        return TaskHandler.of(AcceptanceEvaluation.TASK_RECTIFY, RectificationForm.class, (ctx, form) ->
                acceptance.rectify(ctx.actor(), ctx.longVariable(Vars.CONTRACT_ID), form.report()));
    }

    @Bean
    JavaDelegate publishAcceptanceDelegate(AcceptanceService acceptance) {
        return execution -> acceptance.publish(Executions.longVariable(execution, Vars.CONTRACT_ID));
    }
}
