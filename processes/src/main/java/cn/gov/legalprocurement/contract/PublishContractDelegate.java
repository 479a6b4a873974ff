package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_PublishContract}: both parties signed; the contract is rendered, fingerprinted and published. */
@Component
class PublishContractDelegate implements JavaDelegate {

    private final ContractPublicationService publication;

    PublishContractDelegate(ContractPublicationService publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publication.publish(Executions.longVariable(execution, Vars.CONTRACT_ID));
    }
}
