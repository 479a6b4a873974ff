package cn.gov.legalprocurement.organisation;

import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.DocumentList;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.FieldErrors;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The provider pool: qualifications, licences and credit. JUSTICE verifies or rejects a registered
 * provider's qualifications; FINANCE records a debarment. Supervisors read.
 */
@Route(value = "providers", layout = MainLayout.class)
@Menu(order = 11, icon = "vaadin:institution", title = "menu.providers")
@RolesAllowed({"JUSTICE", "FINANCE", "SUPERVISOR", "ADMIN"})
class ProvidersView extends VerticalLayout implements HasDynamicTitle {

    private final ProviderService providers;
    private final DocumentArchive archive;
    private final Actor actor;
    private final Grid<Organisation> grid = new Grid<>(Organisation.class, false);
    private final VerticalLayout details = new VerticalLayout();

    ProvidersView(ProviderService providers, DocumentArchive archive, CurrentUser user) {
        this.providers = providers;
        this.archive = archive;
        this.actor = user.actor();
        grid.addColumn(Organisation::getName).setHeader(getTranslation("provider.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(o -> getTranslation("provider-type." + o.getProviderType())).setHeader(getTranslation("provider.type"))
                .setAutoWidth(true);
        grid.addColumn(Organisation::getLicenceNumber).setHeader(getTranslation("field.licenceNumber")).setAutoWidth(true);
        grid.addColumn(o -> Formats.date(o.getLicenceValidUntil())).setHeader(getTranslation("field.licenceValidUntil"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation("sme." + o.getSmeSize())).setHeader(getTranslation("field.smeSize")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("provider.qualification")).setAutoWidth(true);
        grid.addColumn(o -> o.getExcludedUntil() == null ? "" : getTranslation("provider.excluded-until", Formats.date(o.getExcludedUntil())))
                .setHeader(getTranslation("provider.credit")).setAutoWidth(true);
        grid.setId("providers-grid");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        details.setPadding(false);
        details.setId("provider-details");
        grid.setItems(providers.providers());
        add(grid, details);
    }

    private Component status(Organisation o) {
        Span badge = new Span(getTranslation("qualification." + o.getQualificationStatus()));
        badge.getElement().getThemeList().add(switch (o.getQualificationStatus()) {
            case VERIFIED -> "badge success";
            case REJECTED -> "badge error";
            case PENDING -> "badge contrast";
        });
        return badge;
    }

    private void show(Organisation selected) {
        details.removeAll();
        if (selected == null) {
            return;
        }
        Organisation o = providers.provider(selected.getId());
        details.add(new H3(o.getName()), new Facts()
                .add("field.creditCode", o.getCreditCode())
                .add("field.contactPerson", o.getContactPerson())
                .add("field.contactPhone", o.getContactPhone())
                .add("provider.qualification", getTranslation("qualification." + o.getQualificationStatus())));
        details.add(new DocumentList(archive, archive.of(Organisation.class, o.getId())));
        if (actor.has(Role.JUSTICE)) {
            details.add(verification(o));
        }
        if (actor.has(Role.FINANCE)) {
            details.add(exclusion(o));
        }
    }

    private Component verification(Organisation o) {
        TextField remark = new TextField(getTranslation("provider.remark"));
        remark.setId("verify-remark");
        remark.setWidth("24em");
        Button approve = new Button(getTranslation("provider.verify"), e -> verify(o, true, remark.getValue()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("verify-provider");
        Button reject = new Button(getTranslation("provider.reject"), e -> verify(o, false, remark.getValue()));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject-provider");
        HorizontalLayout row = new HorizontalLayout(remark, approve, reject);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void verify(Organisation o, boolean approved, String remark) {
        try {
            providers.verify(actor, o.getId(), approved, remark);
            Views.success(getTranslation(approved ? "provider.verified" : "provider.rejected", o.getName()));
            refresh(o);
        } catch (PortalException ex) {
            Views.error(ex.getMessage(getLocale()));
        }
    }

    private Component exclusion(Organisation o) {
        FieldErrors errors = new FieldErrors();
        DatePicker until = errors.add("until", new DatePicker(getTranslation("field.until")));
        TextField reason = errors.add("reason", new TextField(getTranslation("field.reason")));
        reason.setWidth("24em");
        Button exclude = new Button(getTranslation("provider.exclude"), e -> {
            try {
                providers.exclude(actor, o.getId(), until.getValue(), reason.getValue());
                Views.success(getTranslation("provider.excluded", o.getName()));
                refresh(o);
            } catch (PortalException ex) {
                errors.show(ex, getLocale());
            }
        });
        exclude.addThemeVariants(ButtonVariant.LUMO_ERROR);
        exclude.setId("exclude-provider");
        HorizontalLayout row = new HorizontalLayout(until, reason, exclude);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void refresh(Organisation o) {
        var all = providers.providers();
        grid.setItems(all);
        all.stream().filter(p -> p.getId().equals(o.getId())).findFirst().ifPresent(grid::select);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.providers");
    }
}
