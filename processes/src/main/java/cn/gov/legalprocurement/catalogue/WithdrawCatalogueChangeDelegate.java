package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class WithdrawCatalogueChangeDelegate implements JavaDelegate {

    private final CatalogueService catalogue;

    WithdrawCatalogueChangeDelegate(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void execute(DelegateExecution execution) {
        catalogue.withdrawChange(((Number) execution.getVariable(Vars.CATALOGUE_ITEM_ID)).longValue());
    }
}
