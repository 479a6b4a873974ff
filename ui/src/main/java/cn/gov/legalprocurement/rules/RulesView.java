package cn.gov.legalprocurement.rules;

import cn.gov.legalprocurement.calendar.DayKind;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.organisation.Jurisdiction;
import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.FieldErrors;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.user.UserDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statutory parameters per jurisdiction and the working-day calendar. Everyone concerned reads
 * them; an administrator changes them, and every change is audited by the services.
 */
@Route(value = "rules", layout = MainLayout.class)
@Menu(order = 12, icon = "vaadin:scale", title = "menu.rules")
@RolesAllowed({"FINANCE", "JUSTICE", "SUPERVISOR", "ADMIN"})
class RulesView extends VerticalLayout implements HasDynamicTitle {

    private final RulesService rules;
    private final DeadlineService calendar;
    private final Actor actor;
    private final Grid<RulesService.Setting> ruleGrid = new Grid<>();
    private final UserDirectory users;
    private final Map<String, String> jurisdictionNames;
    private final ComboBox<Jurisdiction> jurisdiction;
    private final Paragraph coverage = new Paragraph();
    private Component confirmYear;
    private final Grid<DeadlineService.MarkedDay> dayGrid = new Grid<>(DeadlineService.MarkedDay.class, false);
    private final IntegerField year = new IntegerField();

    RulesView(RulesService rules, DeadlineService calendar, OrganisationService organisations, UserDirectory users,
              CurrentUser user, PortalClock clock) {
        this.rules = rules;
        this.calendar = calendar;
        this.users = users;
        this.actor = user.actor();
        setSizeFull();
        List<Jurisdiction> all = organisations.jurisdictions();
        jurisdictionNames = all.stream().collect(Collectors.toMap(Jurisdiction::getCode, Jurisdiction::getName));
        jurisdiction = new ComboBox<>(getTranslation("rules.jurisdiction"), all);
        jurisdiction.setItemLabelGenerator(Jurisdiction::getName);
        jurisdiction.setId("rules-jurisdiction");
        jurisdiction.addValueChangeListener(e -> showRules());
        ruleGrid.addColumn(e -> getTranslation("rule." + e.rule().key())).setHeader(getTranslation("rules.rule")).setFlexGrow(3);
        ruleGrid.addColumn(e -> e.rule().key()).setHeader(getTranslation("rules.key")).setAutoWidth(true);
        ruleGrid.addColumn(e -> e.value() + " " + getTranslation("rule-unit." + e.rule().unit()))
                .setHeader(getTranslation("rules.value")).setAutoWidth(true);
        ruleGrid.addColumn(e -> bound(e.rule())).setHeader(getTranslation("rules.bound")).setAutoWidth(true);
        ruleGrid.addColumn(this::source).setHeader(getTranslation("rules.source")).setAutoWidth(true);
        if (actor.has(Role.ADMIN)) {
            ruleGrid.addComponentColumn(e -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), click -> editRule(e.rule(), e.value()));
                edit.setAriaLabel(getTranslation("rules.edit"));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setKey("edit").setAutoWidth(true);
        }
        ruleGrid.setId("rules-grid");
        ruleGrid.setAllRowsVisible(true);
        VerticalLayout rulesTab = new VerticalLayout(new Paragraph(getTranslation("rules.intro")), jurisdiction, ruleGrid);
        rulesTab.setPadding(false);

        year.setLabel(getTranslation("calendar.year"));
        year.setStepButtonsVisible(true);
        year.setValue(PortalClock.dayOf(clock.now()).getYear());
        year.setId("calendar-year");
        year.addValueChangeListener(e -> showDays());
        dayGrid.addColumn(d -> Formats.date(d.day())).setHeader(getTranslation("field.day")).setAutoWidth(true);
        dayGrid.addColumn(d -> getTranslation("day-kind." + d.kind())).setHeader(getTranslation("field.kind")).setAutoWidth(true);
        dayGrid.addColumn(DeadlineService.MarkedDay::name).setHeader(getTranslation("field.name")).setFlexGrow(2);
        dayGrid.addColumn(d -> d.updatedBy() == null ? getTranslation("calendar.shipped")
                : users.displayName(d.updatedBy()) + " · " + Formats.dateTime(d.updatedAt())).setHeader(getTranslation("calendar.source")).setAutoWidth(true);
        dayGrid.setId("calendar-days");
        dayGrid.setAllRowsVisible(true);
        coverage.setId("calendar-coverage");
        VerticalLayout calendarTab = new VerticalLayout(new Paragraph(getTranslation("calendar.intro")), year, coverage);
        calendarTab.setPadding(false);
        if (actor.has(Role.ADMIN)) {
            calendarTab.add(dayEditor(), yearConfirmation());
        }
        calendarTab.add(dayGrid);

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("rules.tab"), rulesTab);
        tabs.add(getTranslation("calendar.tab"), calendarTab);
        tabs.setWidthFull();
        add(tabs);
        // the local jurisdiction (one with a parent) first, as its rules are the ones most often changed
        all.stream().filter(j -> j.getParentCode() != null).findFirst().or(() -> all.stream().findFirst())
                .ifPresent(jurisdiction::setValue);
        showDays();
    }

    private void showRules() {
        ruleGrid.setItems(jurisdiction.getValue() == null ? List.of()
                : List.copyOf(rules.settings(jurisdiction.getValue().getCode()).values()));
    }

    /** Where the value comes from: set here (by whom, when), inherited from a jurisdiction above, or the default. */
    private String source(RulesService.Setting s) {
        String where = s.setIn() == null ? "" : jurisdictionNames.getOrDefault(s.setIn(), s.setIn());
        return switch (s.source()) {
            case DEFAULT -> getTranslation("rules.source.default");
            case CONFIGURED -> getTranslation("rules.source.configured", where);
            case LOCAL -> getTranslation("rules.source.local", users.displayName(s.updatedBy()), Formats.dateTime(s.updatedAt()));
            case INHERITED -> getTranslation("rules.source.inherited", where);
        };
    }

    /** What the law allows the value to be ("≥ 5, 单数"), empty where the law leaves it to the jurisdiction. */
    private String bound(Rule rule) {
        return rules.bound(rule).map(b -> b.describe() + (b.odd() ? getTranslation("rules.odd") : "")).orElse("");
    }

    private void showDays() {
        Integer shown = year.getValue();
        dayGrid.setItems(shown == null ? List.of() : calendar.markedDays(shown));
        coverage.removeAll();
        if (shown == null) {
            return;
        }
        java.util.Optional<cn.gov.legalprocurement.calendar.CalendarYear> confirmed = calendar.confirmedYears().stream()
                .filter(y -> y.getYear() == shown).findFirst();
        boolean covered = calendar.coveredYears().contains(shown);
        coverage.setText(confirmed.map(y -> getTranslation("calendar.confirmed", Integer.toString(shown), y.getNotice(),
                        users.displayName(y.getConfirmedBy()), Formats.dateTime(y.getConfirmedAt())))
                .orElse(getTranslation(covered ? "calendar.covered-shipped" : "calendar.not-covered", Integer.toString(shown))));
        coverage.getStyle().set("color", covered ? "var(--lumo-secondary-text-color)" : "var(--lumo-error-text-color)");
        if (confirmYear != null) {
            confirmYear.setVisible(!covered);
        }
    }

    private void editRule(Rule rule, String current) {
        Dialog dialog = new Dialog(getTranslation("rule." + rule.key()) + " · " + jurisdiction.getValue().getName());
        FieldErrors errors = new FieldErrors();
        TextField value = errors.add("value", new TextField(getTranslation("rules.value") + "（" + getTranslation("rule-unit." + rule.unit()) + "）"));
        value.setValue(current);
        value.setWidthFull();
        if (!bound(rule).isEmpty()) {
            value.setHelperText(getTranslation("rules.bound-hint", bound(rule)));
        }
        Button save = new Button(getTranslation("rules.save"), e -> {
            try {
                rules.override(actor, jurisdiction.getValue().getCode(), rule, value.getValue());
                dialog.close();
                Views.success(getTranslation("rules.saved", getTranslation("rule." + rule.key()), value.getValue().strip()));
                showRules();
            } catch (PortalException ex) {
                errors.show(ex, getLocale());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rules-save");
        dialog.add(new Paragraph(getTranslation("rules.audit-hint")), value);
        dialog.getFooter().add(new Button(getTranslation("task.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Component dayEditor() {
        FieldErrors errors = new FieldErrors();
        DatePicker day = errors.add("day", new DatePicker(getTranslation("field.day")));
        ComboBox<DayKind> kind = new ComboBox<>(getTranslation("field.kind"), DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("day-kind." + k));
        kind.setValue(DayKind.HOLIDAY);
        kind.setId("field-kind");
        TextField name = errors.add("name", new TextField(getTranslation("field.name")));
        Button save = new Button(getTranslation("calendar.set-day"), e -> {
            try {
                calendar.setDay(actor, day.getValue(), kind.getValue(), name.getValue());
                errors.clear();
                Views.success(getTranslation("calendar.saved", Formats.date(day.getValue())));
                year.setValue(day.getValue().getYear());
                showDays();
            } catch (PortalException ex) {
                errors.show(ex, getLocale());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("calendar-save");
        HorizontalLayout row = new HorizontalLayout(day, kind, name, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    /** The administrator confirms the shown year once its holidays and make-up working days are entered. */
    private Component yearConfirmation() {
        FieldErrors errors = new FieldErrors();
        TextField notice = errors.add("notice", new TextField(getTranslation("field.notice")));
        notice.setPlaceholder(getTranslation("calendar.notice-placeholder"));
        notice.setWidth("28em");
        notice.setMaxLength(200);
        Button confirm = new Button(getTranslation("calendar.confirm-year"), e -> {
            try {
                calendar.coverYear(actor, year.getValue() == null ? 0 : year.getValue(), notice.getValue());
                errors.clear();
                Views.success(getTranslation("calendar.year-confirmed", Integer.toString(year.getValue())));
                showDays();
            } catch (PortalException ex) {
                errors.show(ex, getLocale());
            }
        });
        confirm.setId("calendar-confirm-year");
        HorizontalLayout row = new HorizontalLayout(notice, confirm);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        confirmYear = row;
        showDays();
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.rules");
    }
}
