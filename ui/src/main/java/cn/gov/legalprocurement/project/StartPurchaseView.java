package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.budget.BudgetLine;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.FieldErrors;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Start a purchase": three guided steps — choose services from the published catalogue with quantities,
 * describe the need (recipients, term, budget line, circumstances), review and submit. The service
 * checks everything again (splitting, term, budget) and names the field it refuses.
 */
@Route(value = "purchases/new", layout = MainLayout.class)
@Menu(order = 3, icon = "vaadin:plus-circle", title = "menu.start-purchase")
@RolesAllowed("PURCHASER")
class StartPurchaseView extends VerticalLayout implements HasDynamicTitle {

    private final ProjectService projects;
    private final CurrentUser user;
    private final List<CatalogueItem> catalogue;
    private final Map<Long, BigDecimalField> quantities = new LinkedHashMap<>();
    private final Tabs steps;
    private final VerticalLayout[] pages = new VerticalLayout[3];
    private final TextField title = new TextField();
    private final TextArea recipients = new TextArea();
    private final DatePicker termStart = new DatePicker();
    private final DatePicker termEnd = new DatePicker();
    private final ComboBox<BudgetLine> budgetLine = new ComboBox<>();
    private final Checkbox urgent = new Checkbox();
    private final Checkbox soleSupplier = new Checkbox();
    private final Checkbox limitedSuppliers = new Checkbox();
    private final Checkbox frameworkSuitable = new Checkbox();
    private final TextArea justification = new TextArea();
    private final ComboBox<OriginalContracts.Original> addOnTo = new ComboBox<>();
    private final ComboBox<FrameworkAgreements.InForce> callOffUnder = new ComboBox<>();
    private final VerticalLayout review = new VerticalLayout();
    private final Button submit = new Button();
    private final Map<Long, Span> amounts = new HashMap<>();
    private final Paragraph total = new Paragraph();
    private int shown;
    /** The second step's fields: a refusal shows on the one it names; the required ones are checked before moving on. */
    private final FieldErrors fields = new FieldErrors();

    StartPurchaseView(ProjectService projects, CatalogueService catalogueService, BudgetService budget, CurrentUser user,
                      PortalClock clock) {
        this.projects = projects;
        this.user = user;
        this.catalogue = catalogueService.published();
        steps = new Tabs(new Tab(getTranslation("purchase.step.items")), new Tab(getTranslation("purchase.step.details")),
                new Tab(getTranslation("purchase.step.review")));
        // forward only past a step without errors (by the buttons or the tabs), back at any time
        steps.addSelectedChangeListener(e -> {
            int wanted = steps.getSelectedIndex();
            for (int step = shown; step < wanted; step++) {
                if (!valid(step)) {
                    // back to the step with errors; that selection shows it again and checks nothing
                    shown = step;
                    steps.setSelectedIndex(step);
                    return;
                }
            }
            show(wanted);
        });
        steps.setId("purchase-steps");

        Grid<CatalogueItem> items = new Grid<>(CatalogueItem.class, false);
        items.addColumn(CatalogueItem::getCode).setHeader(getTranslation("catalogue.code")).setAutoWidth(true);
        items.addColumn(CatalogueItem::getName).setHeader(getTranslation("catalogue.name")).setFlexGrow(2);
        items.addColumn(i -> getTranslation("unit." + i.getUnit().name())).setHeader(getTranslation("catalogue.unit")).setAutoWidth(true);
        items.addColumn(i -> Formats.money(i.getUnitPrice())).setHeader(getTranslation("catalogue.unit-price")).setAutoWidth(true);
        items.addComponentColumn(i -> quantities.computeIfAbsent(i.getId(), id -> {
            BigDecimalField q = new BigDecimalField();
            q.setPlaceholder("0");
            q.setWidth("8em");
            q.setId("quantity-" + i.getCode());
            q.setAriaLabel(getTranslation("field.quantity") + " " + i.getName());
            q.addValueChangeListener(e -> showAmounts());
            return q;
        })).setHeader(getTranslation("field.quantity")).setAutoWidth(true).setKey("quantity");
        // each line's amount and the total, updated as each quantity is entered
        items.addComponentColumn(i -> amounts.computeIfAbsent(i.getId(), id -> new Span(amountText(lineAmount(i)))))
                .setHeader(getTranslation("purchase.line-amount")).setAutoWidth(true).setKey("amount");
        items.setItems(catalogue);
        items.setAllRowsVisible(true);
        total.setId("purchase-total");
        pages[0] = new VerticalLayout(new Paragraph(getTranslation("purchase.items-hint")), items, total);

        title.setLabel(getTranslation("field.title"));
        title.setWidthFull();
        recipients.setLabel(getTranslation("field.serviceRecipients"));
        recipients.setWidthFull();
        termStart.setLabel(getTranslation("field.termStart"));
        termStart.setValue(clock.today().plusMonths(1).withDayOfMonth(1));
        termEnd.setLabel(getTranslation("field.termEnd"));
        termEnd.setValue(termStart.getValue().plusYears(1).minusDays(1));
        budgetLine.setLabel(getTranslation("field.budgetLineId"));
        budgetLine.setItems(budget.lines(user.actor()));
        budgetLine.setItemLabelGenerator(l -> "%s %s（%s %s）".formatted(l.getCode(), l.getName(),
                getTranslation("budget.available"), Formats.money(l.getApproved().subtract(l.getCommitted()))));
        budgetLine.setWidthFull();
        urgent.setLabel(getTranslation("purchase.urgent"));
        soleSupplier.setLabel(getTranslation("purchase.sole-supplier"));
        limitedSuppliers.setLabel(getTranslation("purchase.limited-suppliers"));
        frameworkSuitable.setLabel(getTranslation("purchase.framework"));
        justification.setLabel(getTranslation("field.justification"));
        justification.setWidthFull();
        // an add-on from the original supplier (政府采购法 31(3)) names the unit's signed contract it adds to
        addOnTo.setLabel(getTranslation("field.addOnToContractId"));
        addOnTo.setHelperText(getTranslation("purchase.add-on-hint",
                projects.addOnMaxPercent(user.actor()).stripTrailingZeros().toPlainString()));
        addOnTo.setItems(projects.addOnCandidates(user.actor()));
        addOnTo.setItemLabelGenerator(c -> c.code() + " " + c.title());
        addOnTo.setClearButtonVisible(true);
        addOnTo.setId("purchase-add-on");
        addOnTo.setWidthFull();
        // a call-off under a framework agreement in force (110号令, stage two) goes to a shortlisted supplier
        callOffUnder.setLabel(getTranslation("field.frameworkAgreementId"));
        callOffUnder.setHelperText(getTranslation("purchase.call-off-hint"));
        callOffUnder.setItems(projects.frameworkAgreementsInForce(user.actor()));
        callOffUnder.setItemLabelGenerator(a -> getTranslation("purchase.call-off-item", a.code(), a.title(),
                Formats.date(a.termEnd()), getTranslation("call-off-rule." + a.rule().name())));
        callOffUnder.setClearButtonVisible(true);
        callOffUnder.setId("purchase-call-off");
        callOffUnder.setWidthFull();
        FormLayout details = new FormLayout();
        details.add(title, 2);
        details.add(recipients, 2);
        details.add(termStart, termEnd);
        details.add(budgetLine, 2);
        details.add(urgent, soleSupplier, limitedSuppliers, frameworkSuitable);
        details.add(justification, 2);
        details.add(addOnTo, 2);
        details.add(callOffUnder, 2);
        fields.add("title", title);
        fields.add("serviceRecipients", recipients);
        fields.add("termStart", termStart);
        fields.add("termEnd", termEnd);
        fields.add("budgetLineId", budgetLine);
        fields.add("justification", justification);
        fields.add("addOnToContractId", addOnTo);
        fields.add("frameworkAgreementId", callOffUnder);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, recipients, termStart, termEnd, budgetLine)) {
            field.setRequiredIndicatorVisible(true);
        }
        pages[1] = new VerticalLayout(details);
        pages[2] = review;

        Button back = new Button(getTranslation("purchase.back"), e -> steps.setSelectedIndex(Math.max(0, steps.getSelectedIndex() - 1)));
        Button next = new Button(getTranslation("purchase.next"), e -> steps.setSelectedIndex(Math.min(2, shown + 1)));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("purchase-next");
        submit.setText(getTranslation("purchase.submit"));
        submit.addClickListener(e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setId("purchase-submit");
        submit.setDisableOnClick(true);
        back.addClickListener(e -> submit.setEnabled(true));
        add(steps);
        for (VerticalLayout page : pages) {
            page.setPadding(false);
            add(page);
        }
        add(new HorizontalLayout(back, next, submit));
        setMaxWidth("1100px");
        steps.addSelectedChangeListener(e -> {
            next.setVisible(steps.getSelectedIndex() < 2);
            submit.setVisible(steps.getSelectedIndex() == 2);
        });
        submit.setVisible(false);
        showAmounts();
        show(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.start-purchase");
    }

    /** Every error of the step at once, each on its field; true when there is none. */
    private boolean valid(int step) {
        boolean ok = true;
        if (step == 0) {
            boolean negative = false;
            for (BigDecimalField q : quantities.values()) {
                boolean bad = q.getValue() != null && q.getValue().signum() < 0;
                q.setErrorMessage(bad ? getTranslation("purchase.quantity-positive") : null);
                q.setInvalid(bad);
                negative |= bad;
            }
            if (negative || lines().isEmpty()) {
                Views.error(getTranslation(negative ? "purchase.quantity-positive" : "purchase.no-items"));
                ok = false;
            }
        } else if (step == 1 && !fields.requiredFilled()) {
            Views.error(getTranslation("task.fix-fields"));
            ok = false;
        }
        return ok;
    }

    private void showAmounts() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CatalogueItem item : catalogue) {
            BigDecimal line = lineAmount(item);
            Span amount = amounts.get(item.getId());
            if (amount != null) {
                amount.setText(amountText(line));
            }
            sum = line == null ? sum : sum.add(line);
        }
        total.setText(getTranslation("purchase.total", Formats.money(sum)));
    }

    /** The line's amount at the catalogue's unit price, or null while it has no positive quantity. */
    private BigDecimal lineAmount(CatalogueItem item) {
        BigDecimalField q = quantities.get(item.getId());
        return q == null || q.getValue() == null || q.getValue().signum() <= 0 ? null : item.getUnitPrice().multiply(q.getValue());
    }

    private static String amountText(BigDecimal amount) {
        return amount == null ? "" : Formats.money(amount);
    }

    private void show(int index) {
        shown = index;
        for (int i = 0; i < pages.length; i++) {
            pages[i].setVisible(i == index);
        }
        if (index == 2) {
            fillReview();
        }
    }

    private List<ProjectService.Line> lines() {
        List<ProjectService.Line> lines = new ArrayList<>();
        quantities.forEach((id, field) -> {
            if (field.getValue() != null && field.getValue().signum() > 0) {
                lines.add(new ProjectService.Line(id, field.getValue()));
            }
        });
        return lines;
    }

    private void fillReview() {
        review.removeAll();
        BigDecimal total = BigDecimal.ZERO;
        Facts facts = new Facts();
        for (CatalogueItem item : catalogue) {
            BigDecimal amount = lineAmount(item);
            if (amount != null) {
                total = total.add(amount);
                facts.add("purchase.line", "%s × %s = %s".formatted(item.getName(),
                        quantities.get(item.getId()).getValue().stripTrailingZeros().toPlainString(), Formats.money(amount)));
            }
        }
        facts.add("project.amount", Formats.money(total)).add("field.title", title.getValue())
                .add("field.serviceRecipients", recipients.getValue())
                .add("project.term", Formats.date(termStart.getValue()) + " — " + Formats.date(termEnd.getValue()))
                .add("field.budgetLineId", budgetLine.getValue() == null ? null : budgetLine.getValue().getCode());
        review.add(new Paragraph(getTranslation("purchase.review-hint")), facts);
    }

    private void submit() {
        var application = new ProjectService.Application(title.getValue(), lines(), recipients.getValue(), termStart.getValue(),
                termEnd.getValue(), budgetLine.getValue() == null ? null : budgetLine.getValue().getId(), urgent.getValue(),
                soleSupplier.getValue(), limitedSuppliers.getValue(), frameworkSuitable.getValue(), justification.getValue(),
                addOnTo.getValue() == null ? null : addOnTo.getValue().contractId(),
                callOffUnder.getValue() == null ? null : callOffUnder.getValue().agreementId());
        try {
            ProcurementProject project = projects.apply(user.actor(), application);
            Views.success(getTranslation("purchase.submitted", project.getCode()));
            getUI().ifPresent(ui -> ui.navigate("projects/" + project.getCode()));
        } catch (PortalException e) {
            Views.error(e.getMessage(getLocale()));
            if (fields.mark(e, getLocale())) {
                steps.setSelectedIndex(1);
            } else if ("items".equals(e.field()) || (e.field() != null && e.field().startsWith("items"))
                    || "quantity".equals(e.field())) {
                steps.setSelectedIndex(0);
            }
            submit.setEnabled(true);
        }
    }

}
