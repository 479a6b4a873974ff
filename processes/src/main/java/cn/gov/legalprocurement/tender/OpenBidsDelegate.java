package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_OpenBids}: the decryption window has closed; bids not decrypted count as withdrawn,
 * the decrypted ones are checked for qualification, and the process learns whether enough remain.
 */
@Component
class OpenBidsDelegate implements JavaDelegate {

    private final OpeningService opening;

    OpenBidsDelegate(OpeningService opening) {
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Tendering.VAR_ENOUGH_BIDS, opening.openBids(Executions.projectId(execution)).enough());
    }
}
