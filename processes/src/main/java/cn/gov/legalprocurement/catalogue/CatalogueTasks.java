package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The human tasks of the catalogue item lifecycle. */
@Configuration
public class CatalogueTasks {

    /** A reviewer's decision on a proposed change. */
    public record ReviewForm(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    /** The proposer resubmits (after answering the reviewers) or withdraws the change. */
    public record RevisionForm(@NotNull Boolean resubmit, @Size(max = 2000) String comment) {
    }

    @Bean
    TaskHandler<ReviewForm> catalogueJusticeReview(CatalogueService catalogue) {
        return TaskHandler.of(CatalogueItemLifecycle.TASK_JUSTICE_REVIEW, ReviewForm.class, (ctx, form) -> {
            catalogue.review(ctx.actor(), ctx.longVariable(Vars.CATALOGUE_ITEM_ID), Role.JUSTICE, form.approved(), form.comment());
            return Map.of("justiceApproved", form.approved());
        });
    }

    @Bean
    TaskHandler<ReviewForm> catalogueFinanceReview(CatalogueService catalogue) {
        return TaskHandler.of(CatalogueItemLifecycle.TASK_FINANCE_REVIEW, ReviewForm.class, (ctx, form) -> {
            catalogue.review(ctx.actor(), ctx.longVariable(Vars.CATALOGUE_ITEM_ID), Role.FINANCE, form.approved(), form.comment());
            return Map.of("financeApproved", form.approved());
        });
    }

    @Bean
    TaskHandler<RevisionForm> catalogueReviseProposal() {
        return TaskHandler.of(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL, RevisionForm.class,
                (ctx, form) -> Map.of("resubmitted", form.resubmit()));
    }
}
