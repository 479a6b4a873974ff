package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A contract's supplementary contracts (政府采购法 49): the list, what may still be added (at most
 * {@code supplementary-contract-max-percent} of the original amount together), the purchaser's proposal while the
 * contract is in force and the provider's signature.
 */
class SupplementsPanel extends VerticalLayout {

    private final SupplementaryContractService supplements;
    private final Actor actor;
    private final Contract contract;
    private final Runnable changed;

    SupplementsPanel(SupplementaryContractService supplements, Actor actor, Contract contract, Runnable changed) {
        this.supplements = supplements;
        this.actor = actor;
        this.contract = contract;
        this.changed = changed;
        setPadding(false);
        setId("supplements");
        show();
    }

    private void show() {
        removeAll();
        SupplementaryContractService.Room room = supplements.room(contract.getId());
        Paragraph limit = new Paragraph(getTranslation("supplement.room", room.percent().stripTrailingZeros().toPlainString(),
                Formats.money(contract.getOriginalAmount()), Formats.money(room.used()), Formats.money(room.left())));
        limit.setId("supplement-room");
        Grid<SupplementaryContract> grid = new Grid<>();
        grid.addColumn(SupplementaryContract::getSeq).setHeader(getTranslation("supplement.seq")).setAutoWidth(true);
        grid.addColumn(s -> Formats.money(s.getAmount())).setHeader(getTranslation("field.amount")).setAutoWidth(true);
        grid.addColumn(SupplementaryContract::getContent).setHeader(getTranslation("field.content")).setFlexGrow(2);
        grid.addColumn(SupplementaryContract::getReason).setHeader(getTranslation("field.reason")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("supplement.status." + s.getStatus().name())).setHeader(getTranslation("challenge.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::signButton).setAutoWidth(true);
        grid.setItems(supplements.ofContract(contract.getId()));
        grid.setAllRowsVisible(true);
        grid.setId("supplement-list");
        add(limit, grid);
        if (actor.has(Role.PURCHASER) && actor.organisationId() == contract.getPurchaserId()
                && contract.getStatus() == Contract.Status.IN_FORCE && room.left().signum() > 0) {
            add(proposal());
        }
    }

    private Button signButton(SupplementaryContract s) {
        Button sign = new Button(getTranslation("supplement.sign"), e -> {
            try {
                supplements.sign(actor, s.getId());
                Views.success(getTranslation("supplement.signed-ok"));
                changed.run();
            } catch (PortalException ex) {
                Views.error(ex.getMessage(getLocale()));
            }
        });
        sign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        sign.setVisible(s.getStatus() == SupplementaryContract.Status.PROPOSED && actor.has(Role.PROVIDER)
                && actor.organisationId() == contract.getProviderId());
        return sign;
    }

    private FormLayout proposal() {
        BigDecimalField amount = new BigDecimalField(getTranslation("field.amount"));
        amount.setId("supplement-amount");
        TextArea content = new TextArea(getTranslation("field.content"));
        content.setId("supplement-content");
        content.setMaxLength(2000);
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setId("supplement-reason");
        reason.setMaxLength(2000);
        Button propose = new Button(getTranslation("supplement.propose"), e -> {
            try {
                supplements.propose(actor, contract.getId(), amount.getValue(), content.getValue(), reason.getValue());
                Views.success(getTranslation("supplement.proposed-ok"));
                show();
            } catch (PortalException ex) {
                var field = "content".equals(ex.field()) ? content : "reason".equals(ex.field()) ? reason : null;
                if (field != null) {
                    field.setErrorMessage(ex.getMessage(getLocale()));
                    field.setInvalid(true);
                } else {
                    amount.setErrorMessage(ex.getMessage(getLocale()));
                    amount.setInvalid(true);
                }
            }
        });
        propose.setId("supplement-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(amount, content, reason, propose);
        form.setColspan(content, 2);
        form.setColspan(reason, 2);
        return form;
    }
}
