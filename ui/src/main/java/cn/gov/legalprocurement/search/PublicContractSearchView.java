package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.catalogue.CatalogueService;
import com.vaadin.flow.component.html.Anchor;
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
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");
        add(new Anchor("", getTranslation("public.back")), new H1(getTranslation("public.contracts")),
                new ContractSearchPanel(search::searchPublished, null, catalogue.classes(), false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.contracts");
    }
}
