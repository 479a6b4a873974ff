package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_DraftContract}: drafts the contract from the award, the project and its catalogue items. */
@Component
class DraftContractDelegate implements JavaDelegate {

    private final ContractService contracts;

    DraftContractDelegate(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Contract drafted = contracts.draft(Executions.projectId(execution), Executions.longVariable(execution, Vars.AWARD_ID));
        execution.setVariable(Vars.CONTRACT_ID, drafted.getId());
    }
}
