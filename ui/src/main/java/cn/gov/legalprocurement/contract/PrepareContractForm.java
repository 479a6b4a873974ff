package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The purchaser completes the drafted contract: the eight mandatory parts (drafted from the project and
 * the award), the performance bond, the deduction cap, the payment period and the instalments.
 */
@TaskFormFor("contract-prepare")
class PrepareContractForm extends TaskForm<PrepareContractHandler.Form> {

    private record InstalmentRow(IntegerField percentage, TextField description) {
    }

    private final ContractService contracts;
    private final Map<ContractPart, TextArea> parts = new LinkedHashMap<>();
    private final List<InstalmentRow> instalments = new ArrayList<>();
    private final VerticalLayout instalmentRows = new VerticalLayout();

    PrepareContractForm(ContractService contracts) {
        super(PrepareContractHandler.Form.class);
        this.contracts = contracts;
    }

    @Override
    public void load(TaskPage page) {
        Contract c = contracts.contract(page.longVariable(ProcessModel.Vars.CONTRACT_ID));
        add(new Facts().add("contract.code", c.getCode()).add("contract.title", c.getTitle())
                .add("contract.amount", Formats.money(c.getAmount()))
                .add("contract.term", Formats.date(c.getTermStart()) + " — " + Formats.date(c.getTermEnd())));
        for (ContractPart part : ContractPart.values()) {
            // the parts are a map in the form record: each area is checked here, not bound to a record component
            TextArea area = unboundTextArea(part.field());
            area.setMaxLength(Contract.PART_MAX);
            area.setValue(c.part(part) == null ? "" : c.part(part));
            area.setRequiredIndicatorVisible(true);
            parts.put(part, area);
        }
        decimal("performanceBond").setValue(c.getPerformanceBond() == null ? BigDecimal.ZERO : c.getPerformanceBond());
        integer("shortfallDeductionPercent").setValue(c.getShortfallDeductionPercent());
        integer("paymentDays").setValue(c.getPaymentDays());
        add(fields);

        add(field("instalments", new H4(label("instalments"))), instalmentRows);
        instalmentRows.setPadding(false);
        contracts.instalments(c.getId()).forEach(i -> addInstalment(i.getPercentage(), i.getDescription()));
        if (instalments.isEmpty()) {
            addInstalment(100, "");
        }
        Button more = new Button(getTranslation("contract.add-instalment"), VaadinIcon.PLUS.create(), e -> addInstalment(null, ""));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(more);
    }

    private void addInstalment(Integer percentage, String description) {
        IntegerField share = new IntegerField(getTranslation("contract.instalment-percentage"));
        share.setValue(percentage);
        share.setMin(1);
        share.setMax(100);
        TextField text = new TextField(getTranslation("contract.instalment-description"));
        text.setValue(description == null ? "" : description);
        text.setWidth("28em");
        addRemovableRow(instalmentRows, instalments, new InstalmentRow(share, text), getTranslation("contract.remove-instalment"),
                share, text);
    }

    @Override
    public Optional<PrepareContractHandler.Form> read() {
        boolean valid = binder.validate().isOk();
        Map<ContractPart, String> texts = new LinkedHashMap<>();
        for (Map.Entry<ContractPart, TextArea> part : parts.entrySet()) {
            TextArea area = part.getValue();
            area.setInvalid(area.getValue().isBlank());
            if (area.isInvalid()) {
                area.setErrorMessage(getTranslation("error.required"));
                valid = false;
            }
            texts.put(part.getKey(), area.getValue().strip());
        }
        List<PrepareContractHandler.InstalmentLine> lines = new ArrayList<>();
        for (InstalmentRow row : instalments) {
            Integer share = row.percentage().getValue();
            if (share == null || share < 1 || share > 100) {
                row.percentage().setErrorMessage(getTranslation("contract.instalment-range"));
                row.percentage().setInvalid(true);
                valid = false;
            }
            if (row.description().getValue().isBlank()) {
                row.description().setErrorMessage(getTranslation("error.required"));
                row.description().setInvalid(true);
                valid = false;
            }
            lines.add(new PrepareContractHandler.InstalmentLine(share, row.description().getValue().strip()));
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new PrepareContractHandler.Form(texts, valueOf("performanceBond"),
                valueOf("shortfallDeductionPercent"), valueOf("paymentDays"), lines));
    }

    @SuppressWarnings("unchecked")
    private <T> T valueOf(String property) {
        return (T) binder.getBinding(property).orElseThrow().getField().getValue();
    }
}
