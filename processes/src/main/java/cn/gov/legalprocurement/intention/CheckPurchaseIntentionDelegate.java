package cn.gov.legalprocurement.intention;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CheckPurchaseIntention}: before a single-source purchase starts (its notice), its purchase
 * intention must have been public for {@code purchase-intention-days}: ready, waiting for the period, or not yet
 * published.
 */
@Component
public class CheckPurchaseIntentionDelegate implements JavaDelegate {

    private final PurchaseIntentionService intentions;

    public CheckPurchaseIntentionDelegate(PurchaseIntentionService intentions) {
        this.intentions = intentions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PurchaseIntentionService.IntentionPeriod period = intentions.intentionPeriod(Executions.projectId(execution));
        execution.setVariable(Tendering.VAR_INTENTION_READY, period.ready());
        execution.setVariable(Tendering.VAR_INTENTION_PUBLISHED, period.startsFrom().isPresent());
        period.startsFrom().ifPresent(from -> execution.setVariable(Tendering.VAR_INTENTION_PERIOD_ENDS, Executions.date(from)));
    }
}
