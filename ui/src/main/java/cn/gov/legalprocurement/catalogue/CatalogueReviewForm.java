package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;

/** JUSTICE, then FINANCE, review a proposed, amended or retired catalogue item. */
@TaskFormFor({"catalogue-justice-review", "catalogue-finance-review"})
class CatalogueReviewForm extends TaskForm<ReviewDecision> {

    private final CatalogueItemFacts facts;

    CatalogueReviewForm(CatalogueItemFacts facts) {
        super(ReviewDecision.class);
        this.facts = facts;
    }

    @Override
    public void load(TaskPage page) {
        long itemId = page.longVariable(ProcessModel.Vars.CATALOGUE_ITEM_ID);
        add(facts.of(itemId));
        yesNo("approved", "choice.approve", "choice.refuse");
        textArea("comment");
        add(fields);
    }
}
