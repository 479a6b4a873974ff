package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SealContract}: both parties signed; the contract comes into force, rendered and fingerprinted,
 * and its publication and its filing with the finance department fall due.
 */
@Component
class SealContractDelegate implements JavaDelegate {

    private final ContractPublicationService publication;
    private final ContractFilingService filing;

    SealContractDelegate(ContractPublicationService publication, ContractFilingService filing) {
        this.publication = publication;
        this.filing = filing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long contractId = Executions.longVariable(execution, Vars.CONTRACT_ID);
        publication.seal(contractId);
        filing.open(contractId);
    }
}
