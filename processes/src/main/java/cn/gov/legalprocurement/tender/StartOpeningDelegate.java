package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_StartOpening}: the bid deadline has passed; the bidders' decryption window opens and
 * the number of bids received becomes known (not before: 87号令 forbids disclosing it).
 */
@Component
class StartOpeningDelegate implements JavaDelegate {

    private final OpeningService opening;

    StartOpeningDelegate(OpeningService opening) {
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Tendering.VAR_BIDS_RECEIVED, opening.startOpening(Executions.projectId(execution)));
    }
}
