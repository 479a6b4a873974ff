package cn.gov.legalprocurement.challenge;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import org.camunda.bpm.engine.task.Task;

/**
 * The challenge feature's handler, for the tendering model's engine-only test: the real handler answers the
 * task (its service, package-private here, mocked).
 */
public final class ChallengeModelBeans {

    private ChallengeModelBeans() {
    }

    public static void answerDocuments(Task task, Challenge.Status outcome, String text, Actor actor) {
        ChallengeService challenges = mock(ChallengeService.class);
        when(challenges.answerDocuments(eq(actor), anyLong(), eq(outcome), eq(text))).thenReturn(new ChallengeService.Answer(outcome, text));
        EngineOnlyModelTest.completeWith(task, new AnswerDocumentsChallengeHandler(challenges),
                new AnswerDocumentsChallengeHandler.Form(outcome, text));
    }

    public static void answer(Task task, Challenge.Status outcome, String text, Actor actor) {
        ChallengeService challenges = mock(ChallengeService.class);
        when(challenges.answer(eq(actor), anyLong(), eq(outcome), eq(text))).thenReturn(new ChallengeService.Answer(outcome, text));
        EngineOnlyModelTest.completeWith(task, new AnswerChallengeHandler(challenges), new AnswerChallengeHandler.Form(outcome, text));
    }
}
