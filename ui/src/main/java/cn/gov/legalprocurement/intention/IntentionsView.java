package cn.gov.legalprocurement.intention;

import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.Map;

/**
 * The unit's purchase intentions (采购意向, 财库〔2020〕10号): those published, with the day from which each service's
 * procurement may start, and, for the purchaser, a form to publish one on the public pages.
 */
@Route(value = "intentions", layout = MainLayout.class)
@Menu(order = 2.5, icon = "vaadin:megaphone", title = "menu.intentions")
@RolesAllowed({"PURCHASER", "PURCHASER_HEAD"})
class IntentionsView extends VerticalLayout implements HasDynamicTitle {

    private final PurchaseIntentionService intentions;
    private final CatalogueService catalogue;
    private final Actor actor;
    private final Grid<PurchaseIntention> grid = new Grid<>(PurchaseIntention.class, false);

    IntentionsView(PurchaseIntentionService intentions, CatalogueService catalogue, OrganisationService organisations,
                   CurrentUser user) {
        this.intentions = intentions;
        this.catalogue = catalogue;
        this.actor = user.actor();
        Paragraph help = new Paragraph(getTranslation("intention.help", intentions.leadDays(actor.organisationId())));
        help.setId("intention-help");
        grid.addColumn(PurchaseIntention::getTitle).setHeader(getTranslation("field.title")).setFlexGrow(2);
        grid.addColumn(i -> catalogue.item(i.getCatalogueItemId()).getName()).setHeader(getTranslation("field.catalogueItemId"))
                .setAutoWidth(true);
        grid.addColumn(i -> Formats.money(i.getBudget())).setHeader(getTranslation("field.budget")).setAutoWidth(true);
        grid.addColumn(i -> i.getExpectedMonth().toString()).setHeader(getTranslation("field.expectedMonth")).setAutoWidth(true);
        grid.addColumn(i -> Formats.dateTime(i.getPublishedAt())).setHeader(getTranslation("intention.published")).setAutoWidth(true);
        grid.addColumn(i -> Formats.dateTime(intentions.startsFrom(i))).setHeader(getTranslation("intention.starts-from"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("intention.none"));
        grid.setId("intentions");
        grid.setItems(intentions.ofUnit(actor));
        add(help, grid);
        if (actor.has(Role.PURCHASER)) {
            add(new H3(getTranslation("intention.new")), form());
        }
    }

    private FormLayout form() {
        ComboBox<CatalogueItem> item = new ComboBox<>(getTranslation("field.catalogueItemId"));
        item.setItems(catalogue.published());
        item.setItemLabelGenerator(i -> i.getCode() + " " + i.getName());
        item.setId("intention-item");
        TextField title = new TextField(getTranslation("field.title"));
        title.setMaxLength(PurchaseIntentionService.TITLE_MAX);
        title.setId("intention-title");
        TextArea needs = new TextArea(getTranslation("field.needs"));
        needs.setMaxLength(PurchaseIntentionService.NEEDS_MAX);
        needs.setId("intention-needs");
        BigDecimalField budget = new BigDecimalField(getTranslation("field.budget"));
        budget.setId("intention-budget");
        DatePicker month = new DatePicker(getTranslation("field.expectedMonth"));
        month.setHelperText(getTranslation("intention.month-help"));
        month.setId("intention-month");
        Map<String, HasValidation> fields = Map.of("catalogueItemId", item, "title", title, "needs", needs, "budget", budget,
                "expectedMonth", month);
        Button publish = new Button(getTranslation("intention.publish"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                intentions.publish(actor, new PurchaseIntentionService.Draft(item.getValue() == null ? null : item.getValue().getId(),
                        title.getValue(), needs.getValue(), budget.getValue(),
                        month.getValue() == null ? null : YearMonth.from(month.getValue())));
                Views.success(getTranslation("intention.published-ok"));
                grid.setItems(intentions.ofUnit(actor));
                item.clear();
                title.clear();
                needs.clear();
                budget.clear();
                month.clear();
            } catch (PortalException ex) {
                HasValidation field = fields.getOrDefault(ex.field(), title);
                field.setErrorMessage(ex.getMessage(getLocale()));
                field.setInvalid(true);
            }
        });
        publish.setId("intention-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(item, title, needs, budget, month, publish);
        form.setColspan(needs, 2);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.intentions");
    }
}
