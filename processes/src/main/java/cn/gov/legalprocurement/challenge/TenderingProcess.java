package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The {@code tendering} process as the challenge service sees it: it waits in the challenge window for a challenge. */
@Component
class TenderingProcess {

    private final RuntimeService runtime;

    TenderingProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Tells the project's tendering a challenge of the documents was filed; one answer task covers every open
     * one, so a challenge filed while it is open is answered with it.
     */
    void documentsChallengeFiled(String projectCode) {
        answerUnlessAnswering(projectCode, Tendering.TASK_ANSWER_DOCUMENTS_CHALLENGE, Tendering.MESSAGE_DOCUMENTS_CHALLENGE_FILED);
    }

    /**
     * Tells the project's tendering a challenge of a step of the process was filed; one answer task covers every
     * open one. The tendering does not end while it is open, so the contract is not signed before the answer.
     */
    void processChallengeFiled(String projectCode) {
        answerUnlessAnswering(projectCode, Tendering.TASK_ANSWER_PROCESS_CHALLENGE, Tendering.MESSAGE_PROCESS_CHALLENGE_FILED);
    }

    /** Starts the event subprocess whose task answers the challenges, unless that task is open and will answer this one too. */
    private void answerUnlessAnswering(String projectCode, String answerTask, String message) {
        boolean answering = runtime.createExecutionQuery().processInstanceBusinessKey(projectCode)
                .activityId(answerTask).count() > 0;
        if (!answering) {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(projectCode).correlate();
        }
    }

    /**
     * Tells the project's tendering a challenge was filed, when it waits for one. One answer task covers
     * every open challenge: a challenge filed while another is being answered finds no waiting gateway and
     * is answered with it.
     */
    void challengeFiled(String projectCode, long challengeId) {
        boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(projectCode)
                .messageEventSubscriptionName(Tendering.MESSAGE_CHALLENGE_FILED).count() > 0;
        if (waiting) {
            runtime.createMessageCorrelation(Tendering.MESSAGE_CHALLENGE_FILED).processInstanceBusinessKey(projectCode)
                    .setVariable(Tendering.VAR_CHALLENGE_ID, challengeId).correlate();
        }
    }
}
