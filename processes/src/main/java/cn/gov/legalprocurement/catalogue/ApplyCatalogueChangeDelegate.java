package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ApplyCatalogueChange}: both reviews approved: the proposal, amendment or retirement takes effect. */
@Component
class ApplyCatalogueChangeDelegate implements JavaDelegate {

    private final CatalogueService catalogue;

    ApplyCatalogueChangeDelegate(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void execute(DelegateExecution execution) {
        catalogue.applyChange(Executions.longVariable(execution, Vars.CATALOGUE_ITEM_ID));
    }
}
