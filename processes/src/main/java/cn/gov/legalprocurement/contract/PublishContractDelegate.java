package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PublishContract}: both parties signed; the contract is rendered, fingerprinted and published,
 * and its filing with the finance department falls due.
 */
@Component
class PublishContractDelegate implements JavaDelegate {

    private final ContractPublicationService publication;
    private final ContractFilingService filing;

    PublishContractDelegate(ContractPublicationService publication, ContractFilingService filing) {
        this.publication = publication;
        this.filing = filing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long contractId = Executions.longVariable(execution, Vars.CONTRACT_ID);
        publication.publish(contractId);
        filing.open(contractId);
    }
}
