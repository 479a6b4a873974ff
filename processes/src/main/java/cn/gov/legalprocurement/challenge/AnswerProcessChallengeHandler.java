package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AnswerProcessChallenge}: the purchaser answers every open challenge of a step of the process (the
 * opening) at once, within {@code challenge-answer-working-days}: rejected, or upheld with the step corrected.
 * The tendering does not end, and so no contract is signed, before this answer.
 */
@Component
public class AnswerProcessChallengeHandler extends FormHandler<AnswerProcessChallengeHandler.Form> {

    public record Form(@NotNull Challenge.Status outcome, @NotBlank @Size(max = 4000) String answer) {
    }

    private final ChallengeService challenges;

    AnswerProcessChallengeHandler(ChallengeService challenges) {
        super(Tendering.TASK_ANSWER_PROCESS_CHALLENGE, Form.class);
        this.challenges = challenges;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        challenges.answerProcess(context.actor(), context.projectId(), form.outcome(), form.answer());
        return Map.of();
    }
}
