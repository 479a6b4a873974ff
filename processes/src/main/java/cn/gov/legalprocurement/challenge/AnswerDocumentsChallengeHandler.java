package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AnswerDocumentsChallenge}: the purchaser answers every open challenge of the documents at once,
 * within {@code challenge-answer-working-days}: rejected, or upheld (then amended by a clarification, which moves
 * the deadline when it comes late). The bid period runs on meanwhile.
 */
@Component
public class AnswerDocumentsChallengeHandler extends FormHandler<AnswerDocumentsChallengeHandler.Form> {

    public record Form(@NotNull Challenge.Status outcome, @NotBlank @Size(max = 4000) String answer) {
    }

    private final ChallengeService challenges;

    AnswerDocumentsChallengeHandler(ChallengeService challenges) {
        super(Tendering.TASK_ANSWER_DOCUMENTS_CHALLENGE, Form.class);
        this.challenges = challenges;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        challenges.answerDocuments(context.actor(), context.projectId(), form.outcome(), form.answer());
        return Map.of();
    }
}
