package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_DrawCommittee}: the opening left enough qualified bids: experts are drawn at random from the pool, avoiding conflicts. */
@Component
class DrawCommitteeDelegate implements JavaDelegate {

    private final EvaluationService evaluation;

    DrawCommitteeDelegate(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        evaluation.drawCommittee(Executions.projectId(execution));
    }
}
