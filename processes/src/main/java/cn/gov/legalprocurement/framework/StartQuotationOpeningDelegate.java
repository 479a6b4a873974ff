package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.tender.OpeningService;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_StartQuotationOpening}: a call-off's quotation deadline has passed; each invited supplier now
 * decrypts its own quotation, and the number received becomes known (not before).
 */
@Component
class StartQuotationOpeningDelegate implements JavaDelegate {

    private final OpeningService opening;

    StartQuotationOpeningDelegate(OpeningService opening) {
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Tendering.VAR_BIDS_RECEIVED, opening.startOpening(Executions.projectId(execution)));
    }
}
