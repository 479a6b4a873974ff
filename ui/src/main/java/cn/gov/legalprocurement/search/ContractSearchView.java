package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.MainLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Supervisors' full-text contract search (also for finance, justice and administrators). */
@Route(value = "search", layout = MainLayout.class)
@Menu(order = 8, icon = "vaadin:search", title = "menu.search")
@RolesAllowed({"SUPERVISOR", "FINANCE", "JUSTICE", "ADMIN"})
class ContractSearchView extends VerticalLayout implements HasDynamicTitle {

    ContractSearchView(ContractSearchService search, CatalogueService catalogue, CurrentUser user) {
        setMaxWidth("1400px");
        // the export in the reader's language: headings and statuses by name
        ContractSearchService.CsvLabels labels = new ContractSearchService.CsvLabels(
                List.of(getTranslation("search.csv-header").split("\\|")), status -> getTranslation("contract.status." + status));
        add(new ContractSearchPanel(q -> search.search(user.actor(), q), q -> search.exportCsv(user.actor(), q, labels),
                catalogue.classes(), true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.search");
    }
}
