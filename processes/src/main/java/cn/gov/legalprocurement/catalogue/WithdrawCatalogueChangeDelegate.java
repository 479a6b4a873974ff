package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_WithdrawCatalogueChange}: the proposer withdrew the change: the item goes back to how it was. */
@Component
class WithdrawCatalogueChangeDelegate implements JavaDelegate {

    private final CatalogueService catalogue;

    WithdrawCatalogueChangeDelegate(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void execute(DelegateExecution execution) {
        catalogue.withdrawChange(Executions.longVariable(execution, Vars.CATALOGUE_ITEM_ID));
    }
}
