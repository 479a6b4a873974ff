package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ReviseProposal}: the proposer resubmits a returned change with the reviewers' points, or withdraws it. */
@Component
public class ReviseProposalHandler extends FormHandler<ReviseProposalHandler.Form> {

    /** Name, description, unit price, paying party: empty means unchanged. */
    public record Form(@NotNull Boolean resubmit, @Size(max = 200) String name, @Size(max = 2000) String description,
                       BigDecimal unitPrice, @Size(max = 100) String payingParty, @Size(max = 2000) String comment) {
        // one constructor only: Vaadin's Binder builds the record through it
    }

    private final CatalogueService catalogue;

    ReviseProposalHandler(CatalogueService catalogue) {
        super(CatalogueItemLifecycle.TASK_REVISE_PROPOSAL, Form.class);
        this.catalogue = catalogue;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        if (form.resubmit()) {
            catalogue.revise(context.actor(), context.longVariable(Vars.CATALOGUE_ITEM_ID), new CatalogueService.Revision(
                    form.name(), form.description(), form.unitPrice(), form.payingParty(), form.comment()));
        }
        return Map.of(Vars.RESUBMITTED, form.resubmit());
    }
}
