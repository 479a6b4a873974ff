package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_RankFinalQuotations}: a competitive negotiation ranks the final quotations by price, lowest first. */
@Component
class RankFinalQuotationsDelegate implements JavaDelegate {

    private final NegotiationService negotiation;

    RankFinalQuotationsDelegate(NegotiationService negotiation) {
        this.negotiation = negotiation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        negotiation.rankFinalQuotations(Executions.projectId(execution));
    }
}
