package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.user.UserDirectory;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.stereotype.Component;

/** A catalogue item with its pending change (and who proposed it, by name) and its performance indicators. */
@Component
class CatalogueItemFacts {

    private final CatalogueService catalogue;
    private final UserDirectory users;

    CatalogueItemFacts(CatalogueService catalogue, UserDirectory users) {
        this.catalogue = catalogue;
        this.users = users;
    }

    VerticalLayout of(long itemId) {
        CatalogueItem item = catalogue.item(itemId);
        Facts facts = new Facts();
        facts.add("catalogue.code", item.getCode()).add("catalogue.name", item.getName())
                .add("catalogue.class", item.getClassCode())
                .add("catalogue.unit", facts.getTranslation("unit." + item.getUnit().name()))
                .add("catalogue.unit-price", Formats.money(item.getUnitPrice()))
                .add("catalogue.paying-party", item.getPayingParty())
                .add("catalogue.year", item.getFiscalYear())
                .add("catalogue.status", facts.getTranslation("catalogue.status." + item.getStatus().name()))
                .add("catalogue.change", item.getPendingChange() == null ? "—"
                        : facts.getTranslation("catalogue.change." + item.getPendingChange().name()))
                .add("catalogue.proposed-by", item.getProposedBy() == null ? null : users.displayName(item.getProposedBy()))
                .add("catalogue.description", item.getDescription());
        Grid<CatalogueIndicator> indicators = new Grid<>(CatalogueIndicator.class, false);
        indicators.addColumn(i -> facts.getTranslation("indicator-group." + i.getGroup().name()))
                .setHeader(facts.getTranslation("catalogue.indicator-group"));
        indicators.addColumn(CatalogueIndicator::getName).setHeader(facts.getTranslation("catalogue.indicator")).setFlexGrow(2);
        indicators.addColumn(i -> facts.getTranslation("measure." + i.getMeasure().name()))
                .setHeader(facts.getTranslation("performance.measure"));
        indicators.addColumn(i -> i.getTargetPerUnit().stripTrailingZeros().toPlainString())
                .setHeader(facts.getTranslation("catalogue.target-per-unit"));
        indicators.setItems(catalogue.indicators(itemId));
        indicators.setAllRowsVisible(true);
        VerticalLayout layout = new VerticalLayout(facts, indicators);
        layout.setPadding(false);
        return layout;
    }
}
