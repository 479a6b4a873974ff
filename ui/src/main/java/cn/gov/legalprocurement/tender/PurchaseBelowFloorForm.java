package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Below the decentralised-procurement floor: the purchaser commissions a verified provider directly,
 * with the agreed price and the reason, or enters the quotes compared (at least the jurisdiction's
 * {@code below-floor-min-quotes}); the lowest quote is taken.
 */
@TaskFormFor("tender-purchase-below-floor")
class PurchaseBelowFloorForm extends TaskForm<PurchaseBelowFloorHandler.Form> {

    private record QuoteRow(ComboBox<Long> provider, BigDecimalField amount) {
    }

    private final ProjectSummaries summaries;
    private final ProviderService providers;
    private final ProjectService projects;
    private final RulesService rules;
    private final PortalClock clock;
    private final List<QuoteRow> quotes = new ArrayList<>();
    private final VerticalLayout quoteRows = new VerticalLayout();
    private final VerticalLayout quoteSection = new VerticalLayout();
    private List<Organisation> eligible = List.of();
    /** Numbers the rows' field ids, also after a row is removed. */
    private int quoteRowsAdded;
    private ComboBox<Long> provider;
    private BigDecimalField amount;

    PurchaseBelowFloorForm(ProjectSummaries summaries, ProviderService providers, ProjectService projects, RulesService rules,
                           PortalClock clock) {
        super(PurchaseBelowFloorHandler.Form.class);
        this.summaries = summaries;
        this.providers = providers;
        this.projects = projects;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void load(TaskPage page) {
        add(summaries.facts(page.projectId()));
        int needed = rules.forJurisdiction(projects.project(page.projectId()).getJurisdictionCode()).count(Rule.BELOW_FLOOR_MIN_QUOTES);
        Paragraph explanation = new Paragraph(getTranslation("below-floor.explanation", needed));
        explanation.setId("below-floor-explanation");
        add(explanation);
        LocalDate today = clock.today();
        eligible = providers.providers().stream().filter(o -> o.ineligibilityOn(today) == null).toList();

        RadioButtonGroup<BelowFloorPurchase.Mode> mode = choice("mode", List.of(BelowFloorPurchase.Mode.values()), "below-floor.mode");
        provider = providerBox(label("providerId"));
        binder.forField(provider).bind("providerId");
        fields.add(field("providerId", provider));
        amount = decimal("amount");
        textArea("reason").setHelperText(getTranslation("below-floor.reason-help"));
        add(fields);

        quoteRows.setPadding(false);
        Button more = new Button(getTranslation("below-floor.add-quote"), VaadinIcon.PLUS.create(), e -> addQuote());
        more.setId("add-quote");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        quoteSection.setPadding(false);
        quoteSection.add(field("quotes", new H4(label("quotes"))), quoteRows, more);
        add(quoteSection);
        for (int i = 0; i < needed; i++) {
            addQuote();
        }
        mode.addValueChangeListener(e -> show(e.getValue()));
        mode.setValue(BelowFloorPurchase.Mode.QUOTE_COMPARISON);
    }

    /** Direct commission: the provider and the price; quote comparison: the quotes, the lowest chosen. */
    private void show(BelowFloorPurchase.Mode mode) {
        boolean direct = mode == BelowFloorPurchase.Mode.DIRECT_COMMISSION;
        provider.setVisible(direct);
        amount.setVisible(direct);
        quoteSection.setVisible(!direct);
    }

    private ComboBox<Long> providerBox(String label) {
        ComboBox<Long> box = new ComboBox<>(label);
        box.setItems(eligible.stream().map(Organisation::getId).toList());
        box.setItemLabelGenerator(id -> eligible.stream().filter(o -> o.getId().equals(id)).findFirst()
                .map(Organisation::getName).orElse(""));
        box.setWidth("22em");
        return box;
    }

    private void addQuote() {
        int n = quoteRowsAdded++;
        ComboBox<Long> quoting = providerBox(getTranslation("below-floor.quote-provider"));
        quoting.setId("quote-provider-" + n);
        BigDecimalField price = new BigDecimalField(getTranslation("below-floor.quote-amount"));
        price.setId("quote-amount-" + n);
        addRemovableRow(quoteRows, quotes, new QuoteRow(quoting, price), getTranslation("below-floor.remove-quote"), quoting, price);
    }

    @Override
    public Optional<PurchaseBelowFloorHandler.Form> read() {
        BelowFloorPurchase.Mode mode = valueOf("mode");
        List<PurchaseBelowFloorHandler.Quote> entered = new ArrayList<>();
        boolean valid = true;
        if (mode == BelowFloorPurchase.Mode.QUOTE_COMPARISON) {
            for (QuoteRow row : quotes) {
                valid &= required(row.provider(), row.provider().getValue() != null);
                valid &= required(row.amount(), row.amount().getValue() != null && row.amount().getValue().signum() > 0);
                if (row.provider().getValue() != null && row.amount().getValue() != null) {
                    entered.add(new PurchaseBelowFloorHandler.Quote(row.provider().getValue(), row.amount().getValue()));
                }
            }
            // the lowest quote is taken: the provider field follows it
            entered.stream().min(Comparator.comparing(PurchaseBelowFloorHandler.Quote::amount))
                    .ifPresent(lowest -> provider.setValue(lowest.providerId()));
            amount.clear();
        }
        valid &= binder.validate().isOk();
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new PurchaseBelowFloorHandler.Form(mode, provider.getValue(), amount.getValue(),
                mode == BelowFloorPurchase.Mode.QUOTE_COMPARISON ? entered : List.of(), valueOf("reason")));
    }

    @SuppressWarnings("unchecked")
    private <T> T valueOf(String property) {
        return (T) binder.getBinding(property).orElseThrow().getField().getValue();
    }

    private boolean required(HasValidation field, boolean ok) {
        field.setInvalid(!ok);
        if (!ok) {
            field.setErrorMessage(getTranslation("error.required"));
        }
        return ok;
    }
}
