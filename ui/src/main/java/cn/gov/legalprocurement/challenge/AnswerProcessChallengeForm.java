package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskFormFor;

/**
 * The purchaser answers the open challenges of a step of the process (the opening) within the statutory period:
 * reject them, or uphold them and say how the step is corrected; the form shows the grounds, as the documents'
 * form does.
 */
@TaskFormFor("tender-answer-process-challenge")
class AnswerProcessChallengeForm extends AnswerOpenChallengesForm<AnswerProcessChallengeHandler.Form> {

    AnswerProcessChallengeForm(ProjectSummaries summaries, ChallengeService challenges) {
        super(AnswerProcessChallengeHandler.Form.class, summaries, challenges, Challenge.Subject.PROCESS,
                Challenge.Status.UPHELD_CORRECT);
    }
}
