package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;

/** A reviewer refused the proposal: the proposer resubmits it or withdraws it. */
@TaskFormFor("catalogue-revise-proposal")
class CatalogueRevisionForm extends TaskForm<CatalogueTasks.RevisionForm> {

    private final CatalogueService catalogue;

    CatalogueRevisionForm(CatalogueService catalogue) {
        super(CatalogueTasks.RevisionForm.class);
        this.catalogue = catalogue;
    }

    @Override
    public void load(TaskPage page) {
        add(CatalogueItemFacts.of(catalogue, page.longVariable(ProcessModel.Vars.CATALOGUE_ITEM_ID)));
        yesNo("resubmit", "choice.resubmit", "choice.withdraw");
        textArea("comment");
        add(fields);
    }
}
