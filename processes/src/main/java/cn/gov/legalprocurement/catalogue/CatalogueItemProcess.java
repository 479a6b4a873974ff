package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The {@code catalogueItemLifecycle} process as the catalogue service sees it: one instance per proposed change. */
@Component
class CatalogueItemProcess {

    private final RuntimeService runtime;

    CatalogueItemProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the review of a proposed change, keyed by the item's code and version. */
    void start(CatalogueItem item, String proposer, CatalogueItem.Change change) {
        runtime.startProcessInstanceByKey(CatalogueItemLifecycle.ID, item.getCode() + "-v" + item.getItemVersion(),
                Map.of(Vars.CATALOGUE_ITEM_ID, item.getId(), Vars.PROPOSER, proposer,
                        CatalogueItemLifecycle.VAR_CHANGE_KIND, change.name()));
    }
}
