package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_PublishAward}: the award notice is published; the challenge window and the signing clock start. */
@Component
class PublishAwardDelegate implements JavaDelegate {

    private final AwardService awards;

    PublishAwardDelegate(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AwardService.Published published = awards.publishAward(Executions.projectId(execution),
                Executions.longVariable(execution, Vars.AWARD_ID));
        execution.setVariable(Tendering.VAR_CHALLENGE_WINDOW_ENDS, Executions.date(published.challengeWindowEnds()));
        execution.setVariable(Tendering.VAR_SIGNING_DEADLINE, Executions.date(published.signingDeadline()));
        execution.setVariable(Tendering.VAR_SIGNING_ESCALATION_AT, Executions.date(published.signingEscalationAt()));
    }
}
