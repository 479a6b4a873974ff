package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ChallengeTasks {

    public record AnswerForm(@NotNull Challenge.Status outcome, @NotBlank @Size(max = 4000) String answer) {
    }

    @Bean
    TaskHandler<AnswerForm> challengeAnswer(ChallengeService challenges) {
        return TaskHandler.of(Tendering.TASK_ANSWER_CHALLENGE, AnswerForm.class, (ctx, form) ->
                challenges.answer(ctx.actor(), ctx.projectId(), form.outcome(), form.answer()));
    }
}
