package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_RankBids}: every expert has scored: bids are ranked by comprehensive score (price, SME deduction, quality). */
@Component
class RankBidsDelegate implements JavaDelegate {

    private final EvaluationService evaluation;

    RankBidsDelegate(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        evaluation.rank(Executions.projectId(execution));
    }
}
