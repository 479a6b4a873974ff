package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_DeemTopRankedChosen}: the confirmation period ran out without a decision: the top-ranked
 * supplier is the winner, as if confirmed.
 */
@Component
class DeemTopRankedChosenDelegate implements JavaDelegate {

    private final AwardService awards;

    DeemTopRankedChosenDelegate(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Award award = awards.deemTopRankedChosen(Executions.projectId(execution));
        execution.setVariable(Vars.PROVIDER_ID, award.getProviderId());
        execution.setVariable(Vars.AWARD_ID, award.getId());
    }
}
