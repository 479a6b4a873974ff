package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.FieldErrors;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The guiding catalogue (指导性目录): every item in every version with its status. Purchasing units,
 * finance and justice propose new items, amendments and retirements; each proposal goes to the joint
 * review of FINANCE and JUSTICE in their task inbox, and is published or withdrawn there.
 */
@Route(value = "catalogue", layout = MainLayout.class)
@Menu(order = 10, icon = "vaadin:book", title = "menu.catalogue")
@RolesAllowed({"PURCHASER", "PURCHASER_HEAD", "FINANCE", "JUSTICE", "SUPERVISOR", "ADMIN"})
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogueService catalogue;
    private final PortalClock clock;
    private final Actor actor;
    private final Map<String, String> classNames;
    /** Purchasing units, finance and justice propose changes; the others read. */
    private final boolean proposes;
    private List<CatalogueItem> items = List.of();
    private final Grid<CatalogueItem> grid = new Grid<>(CatalogueItem.class, false);
    private final VerticalLayout details = new VerticalLayout();
    private final CatalogueItemFacts facts;

    CatalogueView(CatalogueService catalogue, CatalogueItemFacts facts, CurrentUser user, PortalClock clock) {
        this.catalogue = catalogue;
        this.facts = facts;
        this.clock = clock;
        this.actor = user.actor();
        this.classNames = catalogue.classes().stream().collect(Collectors.toMap(CatalogueClass::getCode, CatalogueClass::getName));
        grid.addColumn(CatalogueItem::getCode).setHeader(getTranslation("catalogue.code")).setAutoWidth(true).setSortable(true);
        grid.addColumn(i -> "v" + i.getItemVersion()).setHeader(getTranslation("catalogue.version")).setAutoWidth(true);
        grid.addColumn(CatalogueItem::getName).setHeader(getTranslation("catalogue.name")).setFlexGrow(2);
        grid.addColumn(i -> classNames.getOrDefault(i.getClassCode(), i.getClassCode())).setHeader(getTranslation("catalogue.class"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(i -> Formats.money(i.getUnitPrice()) + " / " + getTranslation("unit." + i.getUnit()))
                .setHeader(getTranslation("catalogue.unit-price")).setAutoWidth(true);
        grid.addColumn(CatalogueItem::getFiscalYear).setHeader(getTranslation("catalogue.year")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("catalogue.status." + i.getStatus())
                        + (i.getPendingChange() == null ? "" : " · " + getTranslation("catalogue.change." + i.getPendingChange())))
                .setHeader(getTranslation("catalogue.status")).setAutoWidth(true).setSortable(true);
        grid.setId("catalogue-grid");
        grid.setHeight("28em");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        details.setPadding(false);
        proposes = actor.has(Role.PURCHASER) || actor.has(Role.FINANCE) || actor.has(Role.JUSTICE);
        if (proposes) {
            Button propose = new Button(getTranslation("catalogue.propose"), VaadinIcon.PLUS.create(), e -> proposal(null));
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.setId("catalogue-propose");
            add(propose);
        }
        add(grid, details);
        refresh();
    }

    private void refresh() {
        items = catalogue.all();
        grid.setItems(items);
    }

    private void show(CatalogueItem item) {
        details.removeAll();
        if (item == null) {
            return;
        }
        details.add(new H3(item.getCode() + " " + item.getName()), facts.of(item.getId()));
        boolean changePending = item.getPendingChange() != null || items.stream()
                .anyMatch(i -> i.getCode().equals(item.getCode()) && i.getStatus() == CatalogueStatus.UNDER_REVIEW);
        if (proposes && item.isPublished() && !changePending) {
            Button amend = new Button(getTranslation("catalogue.amend"), VaadinIcon.EDIT.create(), e -> proposal(item));
            amend.setId("catalogue-amend");
            Button retire = new Button(getTranslation("catalogue.retire"), VaadinIcon.BAN.create(), e -> retirement(item));
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            retire.setId("catalogue-retire");
            details.add(new HorizontalLayout(amend, retire));
        }
    }

    /** A new item (base null) or an amendment of a published one; indicators of an amendment carry over. */
    private void proposal(CatalogueItem base) {
        Dialog dialog = new Dialog(getTranslation(base == null ? "catalogue.propose" : "catalogue.amend"));
        FieldErrors errors = new FieldErrors();
        TextField code = errors.add("code", new TextField(getTranslation("catalogue.code")));
        code.setHelperText(getTranslation("catalogue.code-hint"));
        TextField name = errors.add("name", new TextField(getTranslation("catalogue.name")));
        ComboBox<String> classCode = errors.add("classCode", new ComboBox<>(getTranslation("catalogue.class"),
                classNames.keySet().stream().sorted().toList()));
        classCode.setItemLabelGenerator(c -> classNames.getOrDefault(c, c));
        TextArea description = errors.add("description", new TextArea(getTranslation("catalogue.description")));
        ComboBox<ServiceUnit> unit = errors.add("unit", new ComboBox<>(getTranslation("catalogue.unit"), ServiceUnit.values()));
        unit.setItemLabelGenerator(u -> getTranslation("unit." + u));
        BigDecimalField unitPrice = errors.add("unitPrice", new BigDecimalField(getTranslation("field.unitPrice")));
        TextField payingParty = errors.add("payingParty", new TextField(getTranslation("catalogue.paying-party")));
        IntegerField year = errors.add("fiscalYear", new IntegerField(getTranslation("catalogue.year")));
        year.setValue(PortalClock.dayOf(clock.now()).getYear() + 1);
        ComboBox<IndicatorGroup> group = new ComboBox<>(getTranslation("catalogue.indicator-group"), IndicatorGroup.values());
        group.setItemLabelGenerator(g -> getTranslation("indicator-group." + g));
        ComboBox<Measure> measure = new ComboBox<>(getTranslation("catalogue.measure"), Measure.values());
        measure.setItemLabelGenerator(m -> getTranslation("measure." + m));
        TextField indicatorName = errors.add("indicators", new TextField(getTranslation("catalogue.indicator")));
        BigDecimalField target = new BigDecimalField(getTranslation("catalogue.target-per-unit"));
        FormLayout form = new FormLayout(code, name, classCode, unit, unitPrice, payingParty, year, description);
        form.setColspan(description, 2);
        if (base == null) {
            form.add(group, measure, indicatorName, target);
        } else {
            code.setValue(base.getCode());
            code.setReadOnly(true);
            name.setValue(base.getName());
            classCode.setValue(base.getClassCode());
            description.setValue(base.getDescription() == null ? "" : base.getDescription());
            unit.setValue(base.getUnit());
            unitPrice.setValue(base.getUnitPrice());
            payingParty.setValue(base.getPayingParty());
            year.setValue(base.getFiscalYear());
        }
        Button submit = new Button(getTranslation("catalogue.submit"), e -> {
            try {
                List<CatalogueService.IndicatorDraft> indicators = base == null
                        ? List.of(new CatalogueService.IndicatorDraft(group.getValue(), measure.getValue(), indicatorName.getValue(),
                        target.getValue()))
                        : catalogue.indicators(base.getId()).stream().map(i -> new CatalogueService.IndicatorDraft(i.getGroup(),
                        i.getMeasure(), i.getName(), i.getTargetPerUnit())).toList();
                var proposal = new CatalogueService.Proposal(code.getValue().strip(), name.getValue(), classCode.getValue(),
                        description.getValue(), unit.getValue(), unitPrice.getValue(), payingParty.getValue(),
                        year.getValue() == null ? 0 : year.getValue(), indicators);
                CatalogueItem proposed = base == null ? catalogue.propose(actor, proposal)
                        : catalogue.proposeAmendment(actor, base.getId(), proposal);
                dialog.close();
                Views.success(getTranslation("catalogue.proposed", proposed.getCode()));
                refresh();
            } catch (PortalException ex) {
                errors.show(ex, getLocale());
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("catalogue-submit");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("task.cancel"), e -> dialog.close()), submit);
        dialog.setWidth("min(900px, 95vw)");
        dialog.open();
    }

    private void retirement(CatalogueItem item) {
        Dialog dialog = new Dialog(getTranslation("catalogue.retire") + " · " + item.getName());
        FieldErrors errors = new FieldErrors();
        TextArea reason = errors.add("reason", new TextArea(getTranslation("field.reason")));
        reason.setWidthFull();
        Button submit = new Button(getTranslation("catalogue.submit"), e -> {
            try {
                catalogue.proposeRetirement(actor, item.getId(), reason.getValue());
                dialog.close();
                Views.success(getTranslation("catalogue.proposed", item.getCode()));
                refresh();
            } catch (PortalException ex) {
                errors.show(ex, getLocale());
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        submit.setId("catalogue-submit");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("task.cancel"), e -> dialog.close()), submit);
        dialog.setWidth("min(600px, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.catalogue");
    }
}
