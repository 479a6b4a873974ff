package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.catalogue.CatalogueClass;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Contract search: one box for Chinese text, filters, facet counts with spend per class, provider and
 * year, highlighted snippets, sorting, paging and (for supervisors) CSV export of the whole result.
 * The same panel serves the public page with published contracts only.
 */
class ContractSearchPanel extends VerticalLayout {

    private final Function<ContractSearchService.Query, ContractSearchService.Result> search;
    private final TextField text = new TextField();
    private final ComboBox<String> catalogueClass = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final BigDecimalField minAmount = new BigDecimalField();
    private final BigDecimalField maxAmount = new BigDecimalField();
    private final ComboBox<String> status = new ComboBox<>();
    private final ComboBox<String> method = new ComboBox<>();
    private final ComboBox<ContractSearchService.Sort> sort = new ComboBox<>();
    private final Grid<ContractSearchService.Row> grid = new Grid<>(ContractSearchService.Row.class, false);
    private final Span summary = new Span();
    private final Div facets = new Div();
    private final Span pageLabel = new Span();
    private int page;
    private static final int SIZE = 20;
    private long total;

    ContractSearchPanel(Function<ContractSearchService.Query, ContractSearchService.Result> search,
                        Function<ContractSearchService.Query, String> csv, List<CatalogueClass> classes, boolean linkToContracts) {
        this.search = search;
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setWidthFull();
        text.setId("search-text");
        text.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> run(0));
        Button go = new Button(getTranslation("search.go"), e -> run(0));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("search-go");
        HorizontalLayout box = new HorizontalLayout(text, go);
        box.setWidthFull();
        box.expand(text);

        catalogueClass.setLabel(getTranslation("search.class"));
        catalogueClass.setItems(classes.stream().map(CatalogueClass::getCode).toList());
        catalogueClass.setItemLabelGenerator(code -> classes.stream().filter(c -> c.getCode().equals(code)).findFirst()
                .map(CatalogueClass::getName).orElse(code));
        year.setLabel(getTranslation("search.year"));
        minAmount.setLabel(getTranslation("search.min-amount"));
        maxAmount.setLabel(getTranslation("search.max-amount"));
        status.setLabel(getTranslation("contract.status"));
        status.setItems(List.of("DRAFT", "READY_FOR_SIGNATURE", "SIGNED", "IN_FORCE", "ACCEPTED", "CLOSED"));
        status.setItemLabelGenerator(s -> getTranslation("contract.status." + s));
        method.setLabel(getTranslation("project.method"));
        method.setItems(List.of("OPEN_TENDER", "INVITED_TENDER", "COMPETITIVE_NEGOTIATION", "COMPETITIVE_CONSULTATION",
                "SINGLE_SOURCE", "FRAMEWORK_AGREEMENT", "FRAMEWORK_CALL_OFF"));
        method.setItemLabelGenerator(m -> getTranslation("method." + m));
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(ContractSearchService.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name()));
        sort.setValue(ContractSearchService.Sort.RELEVANCE);
        for (var c : List.of(catalogueClass, status, method)) {
            c.setClearButtonVisible(true);
        }
        FormLayout filters = new FormLayout(catalogueClass, year, minAmount, maxAmount, status, method, sort);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("900px", 4));

        grid.addComponentColumn(r -> {
            Div cell = new Div();
            Component title = linkToContracts ? new Anchor("contracts/" + r.id(), r.code() + " " + r.title())
                    : new Span(r.code() + " " + r.title());
            cell.add(title);
            for (String snippet : r.highlights()) {
                Html html = new Html("<div class=\"snippet\">" + safeHighlight(snippet) + "</div>");
                cell.add(html);
            }
            return cell;
        }).setHeader(getTranslation("contract.title")).setFlexGrow(4);
        grid.addColumn(ContractSearchService.Row::purchaserName).setHeader(getTranslation("contract.purchaser")).setAutoWidth(true);
        grid.addColumn(ContractSearchService.Row::providerName).setHeader(getTranslation("contract.provider")).setAutoWidth(true);
        grid.addColumn(ContractSearchService.Row::catalogueClassName).setHeader(getTranslation("search.class")).setAutoWidth(true);
        grid.addColumn(r -> Formats.money(Money.ofFen(r.amountFen()))).setHeader(getTranslation("contract.amount")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.signedAt()))
                .setHeader(getTranslation("search.signed")).setAutoWidth(true);
        // long names wrap instead of being cut off, also at phone width
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("search-results");
        grid.setEmptyStateText(getTranslation("search.none"));

        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> run(Math.max(0, page - 1)));
        previous.setAriaLabel(getTranslation("search.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> run(page + 1 < pages() ? page + 1 : page));
        next.setAriaLabel(getTranslation("search.next"));
        HorizontalLayout paging = new HorizontalLayout(previous, pageLabel, next);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout head = new HorizontalLayout(summary);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (csv != null) {
            Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = csv.apply(query(0)).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "contracts.csv", "text/csv;charset=UTF-8", bytes.length);
            }), getTranslation("search.csv"));
            export.setId("search-csv");
            head.add(export);
        }
        summary.setId("search-summary");
        facets.setId("search-facets");
        facets.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(240px, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        setPadding(false);
        add(box, filters, head, facets, grid, paging);
        run(0);
    }

    /** The query the fields describe, at the given page. */
    ContractSearchService.Query query(int atPage) {
        return new ContractSearchService.Query(text.getValue(), null, null, catalogueClass.getValue(), year.getValue(),
                minAmount.getValue(), maxAmount.getValue(), status.getValue(), method.getValue(), sort.getValue(), atPage, SIZE);
    }

    void run(int atPage) {
        try {
            ContractSearchService.Result result = search.apply(query(atPage));
            page = atPage;
            total = result.total();
            grid.setItems(result.rows());
            summary.setText(getTranslation("search.summary", result.total(), Formats.money(Money.ofFen(result.sumFen()))));
            pageLabel.setText(getTranslation("search.page", page + 1, Math.max(1, pages())));
            facets.removeAll();
            facets.add(facet("search.by-class", result.byClass()), facet("search.by-provider", result.byProvider()),
                    facet("search.by-year", result.byYear()));
        } catch (PortalException e) {
            summary.setText(e.getMessage(getLocale()));
        } catch (RuntimeException e) {
            summary.setText(getTranslation("search.unavailable"));
        }
    }

    private long pages() {
        return (total + SIZE - 1) / SIZE;
    }

    private Component facet(String titleKey, List<ContractSearchService.Facet> values) {
        VerticalLayout box = new VerticalLayout(new H4(getTranslation(titleKey)));
        box.setPadding(false);
        box.setSpacing(false);
        for (ContractSearchService.Facet f : values) {
            box.add(new Span("%s · %d · %s".formatted(f.key(), f.count(), Formats.money(Money.ofFen(f.sumFen())))));
        }
        return box;
    }

    /** Escapes the snippet, then lets only the highlight tags through. */
    static String safeHighlight(String snippet) {
        String escaped = snippet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return escaped.replace("&lt;em&gt;", "<em>").replace("&lt;/em&gt;", "</em>");
    }
}
