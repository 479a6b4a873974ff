package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The human tasks of the catalogue item lifecycle. */
@Configuration
public class CatalogueTasks {

    /** A reviewer's decision on a proposed change. */
    public record ReviewForm(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    /**
     * The proposer resubmits the change, with the reviewers' points worked in (name, description, unit
     * price, paying party; empty means unchanged), or withdraws it.
     */
    public record RevisionForm(@NotNull Boolean resubmit, @Size(max = 200) String name, @Size(max = 2000) String description,
                               BigDecimal unitPrice, @Size(max = 100) String payingParty, @Size(max = 2000) String comment) {
        // one constructor only: Vaadin's Binder builds the record through it
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
    TaskHandler<RevisionForm> catalogueReviseProposal(CatalogueService catalogue) {
        return TaskHandler.of(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL, RevisionForm.class, (ctx, form) -> {
            if (form.resubmit()) {
                catalogue.revise(ctx.actor(), ctx.longVariable(Vars.CATALOGUE_ITEM_ID), form);
            }
            return Map.of("resubmitted", form.resubmit());
        });
    }
}
