package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_JusticeReview}: the justice bureau checks a proposed change against the guiding catalogue's scope (first review). */
@Component
public class JusticeReviewHandler extends FormHandler<ReviewDecision> {

    private final CatalogueService catalogue;

    JusticeReviewHandler(CatalogueService catalogue) {
        super(CatalogueItemLifecycle.TASK_JUSTICE_REVIEW, ReviewDecision.class);
        this.catalogue = catalogue;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, ReviewDecision form) {
        catalogue.review(context.actor(), context.longVariable(Vars.CATALOGUE_ITEM_ID), Role.JUSTICE, form.approved(),
                form.comment());
        return Map.of(CatalogueItemLifecycle.VAR_JUSTICE_APPROVED, form.approved());
    }
}
