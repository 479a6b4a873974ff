package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PublishAward}: the last hour of the award notice's period came and the purchaser had not
 * published it; the portal publishes it, and the challenge window and the signing clock start.
 */
@Component
class PublishAwardDelegate implements JavaDelegate {

    private final AwardService awards;

    PublishAwardDelegate(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(variables(awards.publishAwardAtDeadline(Executions.projectId(execution),
                Executions.longVariable(execution, Vars.AWARD_ID))));
    }

    /** The clocks a published award notice starts, as the model's timers read them. */
    static Map<String, Object> variables(AwardService.Published published) {
        return Map.of(Tendering.VAR_CHALLENGE_WINDOW_ENDS, Executions.date(published.challengeWindowEnds()),
                Tendering.VAR_SIGNING_DEADLINE, Executions.date(published.signingDeadline()),
                Tendering.VAR_SIGNING_ESCALATION_AT, Executions.date(published.signingEscalationAt()));
    }
}
