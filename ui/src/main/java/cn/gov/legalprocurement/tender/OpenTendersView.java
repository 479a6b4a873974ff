package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.Countdown;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Open tenders for providers: published notices whose bid deadline is still ahead, with a live countdown. */
@Route(value = "tenders", layout = MainLayout.class)
@Menu(order = 5, icon = "vaadin:gavel", title = "menu.tenders")
@RolesAllowed("PROVIDER")
class OpenTendersView extends VerticalLayout implements HasDynamicTitle {

    OpenTendersView(BidService bidding, CurrentUser user, OrganisationService organisations) {
        Grid<ProcurementProject> grid = new Grid<>(ProcurementProject.class, false);
        grid.addComponentColumn(p -> Views.link(p.getCode() + " " + p.getTitle(), "tenders/" + p.getCode()))
                .setHeader(getTranslation("project.title")).setFlexGrow(3);
        grid.addColumn(p -> organisations.nameOf(p.getPurchaserId())).setHeader(getTranslation("project.purchaser")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("method." + p.getMethod().name())).setHeader(getTranslation("project.method")).setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.getEstimatedAmount())).setHeader(getTranslation("project.amount")).setAutoWidth(true);
        grid.addColumn(p -> Formats.dateTime(p.getBidDeadline())).setHeader(getTranslation("project.bid-deadline")).setAutoWidth(true);
        grid.addComponentColumn(p -> new Countdown(p.getBidDeadline(), getTranslation("tender.closed"))).setAutoWidth(true);
        // an invited tender is listed to its invitees only
        grid.setItems(bidding.openTo(user.actor()));
        grid.setEmptyStateText(getTranslation("tender.none-open"));
        grid.setId("tenders-grid");
        setSizeFull();
        add(grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tenders");
    }
}
