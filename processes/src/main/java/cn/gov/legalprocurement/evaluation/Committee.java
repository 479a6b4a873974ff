package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.workflow.Executions;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * {@code ${committee.members(execution)}}: who scores the bids (the scoring task's collection);
 * {@code ${committee.chair(execution)}}: who records the negotiation's rounds for the panel.
 */
@Component("committee")
public class Committee {

    private final EvaluationService evaluation;

    Committee(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    public List<String> members(VariableScope scope) {
        return evaluation.members(Executions.projectId(scope));
    }

    public String chair(VariableScope scope) {
        return evaluation.chair(Executions.projectId(scope));
    }
}
