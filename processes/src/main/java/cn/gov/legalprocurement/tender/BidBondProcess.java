package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Tells the project's {@code bidBondRefund} process that bonds fell due, starting it with the first ones. A project
 * has one such process at a time; it ends when every bond is refunded. Called once per transaction that releases
 * bonds: an instance started (or moved) in the same transaction is not yet visible to a second call.
 */
@Component
class BidBondProcess {

    private final RuntimeService runtime;

    BidBondProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** A process waiting for due bonds moves on to the refund task; one at the task sees them there; none is started. */
    void due(ProcurementProject p) {
        boolean moved = !runtime.createMessageCorrelation(ProcessModel.BidBondRefund.MESSAGE_DUE)
                .processInstanceBusinessKey(p.getCode()).correlateAllWithResult().isEmpty();
        boolean running = moved || runtime.createProcessInstanceQuery().processDefinitionKey(ProcessModel.BidBondRefund.ID)
                .processInstanceBusinessKey(p.getCode()).count() > 0;
        if (!running) {
            runtime.startProcessInstanceByKey(ProcessModel.BidBondRefund.ID, p.getCode(), Map.of(
                    Vars.PROJECT_ID, p.getId(), Vars.PURCHASER_ID, p.getPurchaserId(), Vars.JURISDICTION, p.getJurisdictionCode()));
        }
    }
}
