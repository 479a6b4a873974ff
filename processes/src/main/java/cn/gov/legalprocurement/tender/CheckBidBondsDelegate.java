package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.BidBondRefund;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CheckBidBonds}: whether refunds are due (and the earliest deadline, the refund task's due date),
 * bonds are still held until an award notice or a signature releases them, or every bond is refunded.
 */
@Component
class CheckBidBondsDelegate implements JavaDelegate {

    private final BidBondService bonds;

    CheckBidBondsDelegate(BidBondService bonds) {
        this.bonds = bonds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BidBondService.Standing standing = bonds.standing(Executions.projectId(execution));
        execution.setVariable(BidBondRefund.VAR_STATE, standing.state().name());
        execution.setVariable(BidBondRefund.VAR_REFUND_DUE,
                standing.earliestRefundBy() == null ? null : Executions.date(standing.earliestRefundBy()));
    }
}
