package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.portal.PublicHeader;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public's contract search: published contracts and their published fields only, no login. */
@Route("public/contracts")
@AnonymousAllowed
class PublicContractSearchView extends VerticalLayout implements HasDynamicTitle {

    PublicContractSearchView(ContractSearchService search, CatalogueService catalogue) {
        addClassName("public-page");
        add(new PublicHeader(), new H1(getTranslation("public.contracts")),
                new ContractSearchPanel(search::searchPublished, null, catalogue.classes(), false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.contracts");
    }
}
