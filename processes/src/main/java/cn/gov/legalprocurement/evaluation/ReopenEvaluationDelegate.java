package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ReopenEvaluation}: a challenge was upheld with a new evaluation: the award is withdrawn and the same committee scores again. */
@Component
class ReopenEvaluationDelegate implements JavaDelegate {

    private final EvaluationService evaluation;

    ReopenEvaluationDelegate(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        evaluation.reopen(Executions.projectId(execution), Executions.stringVariable(execution, Tendering.VAR_CHALLENGE_ANSWER));
    }
}
