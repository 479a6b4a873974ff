package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.Views;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The contracts the user may read: their organisation's, or all for supervisors, finance and justice. */
@Route(value = "contracts", layout = MainLayout.class)
@Menu(order = 7, icon = "vaadin:file-text", title = "menu.contracts")
@RolesAllowed({"PURCHASER", "PURCHASER_HEAD", "PROVIDER", "FINANCE", "JUSTICE", "SUPERVISOR", "ADMIN"})
class ContractsView extends VerticalLayout implements HasDynamicTitle {

    ContractsView(ContractService contracts, CurrentUser user, OrganisationService organisations) {
        Grid<Contract> grid = new Grid<>(Contract.class, false);
        grid.addComponentColumn(c -> Views.link(c.getCode(), "contracts/" + c.getId())).setHeader(getTranslation("contract.code"))
                .setAutoWidth(true);
        grid.addColumn(Contract::getTitle).setHeader(getTranslation("contract.title")).setFlexGrow(3);
        grid.addColumn(c -> organisations.nameOf(c.getPurchaserId())).setHeader(getTranslation("contract.purchaser")).setAutoWidth(true);
        grid.addColumn(c -> organisations.nameOf(c.getProviderId())).setHeader(getTranslation("contract.provider")).setAutoWidth(true);
        grid.addColumn(c -> Formats.money(c.getAmount())).setHeader(getTranslation("contract.amount")).setAutoWidth(true)
                .setComparator(Contract::getAmount);
        grid.addColumn(c -> getTranslation("contract.status." + c.getStatus().name())).setHeader(getTranslation("contract.status"))
                .setAutoWidth(true).setSortable(true);
        grid.setItems(contracts.visibleTo(user.actor()));
        grid.setEmptyStateText(getTranslation("contract.none"));
        grid.setId("contracts-grid");
        setSizeFull();
        add(grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.contracts");
    }
}
