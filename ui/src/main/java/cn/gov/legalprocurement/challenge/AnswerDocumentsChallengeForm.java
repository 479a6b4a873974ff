package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskFormFor;

/**
 * The purchaser answers the open challenges of the documents within the statutory period: reject them, or
 * uphold them and amend the documents by a clarification (on the project's page). The challengers are
 * potential bidders: the form shows their grounds, not their names.
 */
@TaskFormFor("tender-answer-documents-challenge")
class AnswerDocumentsChallengeForm extends AnswerOpenChallengesForm<AnswerDocumentsChallengeHandler.Form> {

    AnswerDocumentsChallengeForm(ProjectSummaries summaries, ChallengeService challenges) {
        super(AnswerDocumentsChallengeHandler.Form.class, summaries, challenges, Challenge.Subject.DOCUMENTS,
                Challenge.Status.UPHELD_AMEND);
    }
}
