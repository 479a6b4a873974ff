package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;

/**
 * A reviewer returned the change: the proposer edits the item (name, description, unit price, paying
 * party) and resubmits it, or withdraws it. A retirement has nothing to edit, only the choice.
 */
@TaskFormFor("catalogue-revise-proposal")
class CatalogueRevisionForm extends TaskForm<ReviseProposalHandler.Form> {

    private final CatalogueService catalogue;
    private final CatalogueItemFacts facts;

    CatalogueRevisionForm(CatalogueService catalogue, CatalogueItemFacts facts) {
        super(ReviseProposalHandler.Form.class);
        this.catalogue = catalogue;
        this.facts = facts;
    }

    @Override
    public void load(TaskPage page) {
        long itemId = page.longVariable(ProcessModel.Vars.CATALOGUE_ITEM_ID);
        CatalogueItem item = catalogue.item(itemId);
        add(facts.of(itemId));
        yesNo("resubmit", "choice.resubmit", "choice.withdraw").setValue(true);
        if (item.getPendingChange() != CatalogueItem.Change.RETIRE) {
            textField("name").setValue(item.getName());
            decimal("unitPrice").setValue(item.getUnitPrice());
            textField("payingParty").setValue(item.getPayingParty());
            textArea("description").setValue(item.getDescription() == null ? "" : item.getDescription());
        }
        textArea("comment");
        add(fields);
    }
}
