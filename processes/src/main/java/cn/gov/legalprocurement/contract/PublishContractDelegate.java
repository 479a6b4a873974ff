package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PublishContract}: the last hour of the contract's publication period came and the purchaser had
 * not published it; the portal publishes it.
 */
@Component
class PublishContractDelegate implements JavaDelegate {

    private final ContractPublicationService publication;

    PublishContractDelegate(ContractPublicationService publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publication.publishAtDeadline(Executions.longVariable(execution, Vars.CONTRACT_ID));
    }
}
