package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_JusticeReview}: the justice bureau checks a proposed change against the guiding catalogue's scope (first review). */
@Component
public class JusticeReviewHandler implements TaskHandler<ReviewDecision> {

    private final CatalogueService catalogue;

    JusticeReviewHandler(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String taskKey() {
        return CatalogueItemLifecycle.TASK_JUSTICE_REVIEW;
    }

    @Override
    public Class<ReviewDecision> formType() {
        return ReviewDecision.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, ReviewDecision form) {
        catalogue.review(context.actor(), context.longVariable(Vars.CATALOGUE_ITEM_ID), Role.JUSTICE, form.approved(),
                form.comment());
        return Map.of(CatalogueItemLifecycle.VAR_JUSTICE_APPROVED, form.approved());
    }
}
