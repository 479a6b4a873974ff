package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_FinanceReview}: finance checks the change's price and paying party (second review). */
@Component
public class FinanceReviewHandler extends FormHandler<ReviewDecision> {

    private final CatalogueService catalogue;

    FinanceReviewHandler(CatalogueService catalogue) {
        super(CatalogueItemLifecycle.TASK_FINANCE_REVIEW, ReviewDecision.class);
        this.catalogue = catalogue;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, ReviewDecision form) {
        catalogue.review(context.actor(), context.longVariable(Vars.CATALOGUE_ITEM_ID), Role.FINANCE, form.approved(),
                form.comment());
        return Map.of(CatalogueItemLifecycle.VAR_FINANCE_APPROVED, form.approved());
    }
}
