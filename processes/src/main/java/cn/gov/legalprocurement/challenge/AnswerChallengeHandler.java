package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AnswerChallenge}: the purchaser answers every open challenge at once — rejected, upheld with
 * a new evaluation, or upheld with a new tender.
 */
@Component
public class AnswerChallengeHandler extends FormHandler<AnswerChallengeHandler.Form> {

    public record Form(@NotNull Challenge.Status outcome, @NotBlank @Size(max = 4000) String answer) {
    }

    private final ChallengeService challenges;

    AnswerChallengeHandler(ChallengeService challenges) {
        super(Tendering.TASK_ANSWER_CHALLENGE, Form.class);
        this.challenges = challenges;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        ChallengeService.Answer answer = challenges.answer(context.actor(), context.projectId(), form.outcome(),
                form.answer());
        return Map.of(Tendering.VAR_CHALLENGE_OUTCOME, answer.outcome().name(),
                Tendering.VAR_CHALLENGE_ANSWER, answer.text());
    }
}
