package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.payment.Payment;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.performance.PerformanceReport;
import cn.gov.legalprocurement.performance.PerformanceService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.DocumentList;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.ProjectRecords;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.Actor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * One contract: its terms, the signed PDF/A with its SHA-256 and a verification, performance reports,
 * payments, documents, the whole audit trail and the process diagram. Read-only.
 */
@Route(value = "contracts/:id", layout = MainLayout.class)
@RolesAllowed({"PURCHASER", "PURCHASER_HEAD", "PROVIDER", "FINANCE", "JUSTICE", "SUPERVISOR", "ADMIN"})
class ContractView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractService contracts;
    private final ContractPublicationService contractPublication;
    private final ContractFacts facts;
    private final DocumentArchive archive;
    private final ProjectRecords records;
    private final PaymentService payments;
    private final PerformanceService performance;
    private final ProjectService projects;
    private final CurrentUser user;
    private final SupplementaryContractService supplements;
    private String title = "";

    ContractView(ContractService contracts, ContractPublicationService contractPublication, ContractFacts facts,
                 DocumentArchive archive, ProjectRecords records, PaymentService payments, PerformanceService performance,
                 ProjectService projects, CurrentUser user, SupplementaryContractService supplements) {
        this.contracts = contracts;
        this.contractPublication = contractPublication;
        this.facts = facts;
        this.archive = archive;
        this.records = records;
        this.payments = payments;
        this.performance = performance;
        this.projects = projects;
        this.user = user;
        this.supplements = supplements;
        setMaxWidth("1280px");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(event.getRouteParameters().getLong("id").orElse(-1L));
    }

    private void render(long id) {
        removeAll();
        Actor actor = user.actor();
        Optional<Contract> found = contracts.visibleTo(actor).stream().filter(c -> c.getId() == id).findFirst();
        if (found.isEmpty()) {
            title = getTranslation("contract.not-available");
            add(new H2(title), new Paragraph(getTranslation("contract.not-available-hint")));
            return;
        }
        Contract c = found.get();
        title = c.getCode() + " " + c.getTitle();
        H2 heading = new H2(title);
        heading.setId("contract-title");
        add(heading, signedPdf(c));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("contract.tab.terms"), facts.of(c));
        tabs.add(getTranslation("contract.tab.performance"), performanceOf(c));
        tabs.add(getTranslation("contract.tab.payments"), paymentsOf(c));
        tabs.add(getTranslation("contract.tab.supplements"), new SupplementsPanel(supplements, actor, c, () -> render(id)));
        tabs.add(getTranslation("project.tab.documents"), new DocumentList(archive, archive.of(Contract.class, c.getId())));
        tabs.add(getTranslation("project.tab.audit"), records.trail(c.getProjectId(), c.getId()));
        tabs.add(getTranslation("project.tab.diagram"), records.diagrams(projects.project(c.getProjectId()).getCode()));
        add(tabs);
    }

    private Component signedPdf(Contract c) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Optional<StoredDocument> pdf = contractPublication.signedPdf(c.getId());
        if (pdf.isEmpty()) {
            box.add(new Paragraph(getTranslation("contract.not-signed")));
            return box;
        }
        StoredDocument d = pdf.get();
        Span sha = new Span("SHA-256: " + c.getDocumentSha256());
        sha.setId("contract-sha256");
        sha.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        Button verify = new Button(getTranslation("contract.verify"), e -> {
            if (contractPublication.verify(c.getId())) {
                Views.success(getTranslation("contract.verified"));
            } else {
                Views.error(getTranslation("contract.tampered"));
            }
        });
        verify.setId("verify-contract");
        IFrame viewer = new IFrame(DocumentList.handler(archive, d).inline());
        viewer.setWidthFull();
        viewer.setHeight("520px");
        viewer.getElement().setAttribute("title", d.getFileName());
        box.add(new HorizontalLayout(DocumentList.download(archive, d), verify), sha, viewer);
        return box;
    }

    private Component performanceOf(Contract c) {
        Grid<PerformanceReport> grid = new Grid<>(PerformanceReport.class, false);
        grid.addColumn(PerformanceReport::getPeriodNo).setHeader(getTranslation("performance.period")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.getPeriodStart()) + " — " + Formats.date(r.getPeriodEnd()))
                .setHeader(getTranslation("performance.dates")).setAutoWidth(true);
        grid.addColumn(r -> r.getDelivered().entrySet().stream()
                .map(e -> getTranslation("measure." + e.getKey().name()) + " " + e.getValue().stripTrailingZeros().toPlainString())
                .reduce((a, b) -> a + "；" + b).orElse("")).setHeader(getTranslation("performance.delivered")).setFlexGrow(2);
        grid.addColumn(r -> Formats.dateTime(r.getSubmittedAt())).setHeader(getTranslation("bid.submitted")).setAutoWidth(true);
        grid.setItems(performance.reports(c.getId()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("performance.none"));
        return grid;
    }

    private Component paymentsOf(Contract c) {
        Grid<Payment> grid = new Grid<>(Payment.class, false);
        grid.addColumn(p -> Formats.money(p.getGrossAmount())).setHeader(getTranslation("payment.gross")).setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.getDeduction())).setHeader(getTranslation("payment.deduction")).setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.getNetAmount())).setHeader(getTranslation("payment.net")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.getDueDate())).setHeader(getTranslation("payment.due")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("payment.status." + p.getStatus().name())).setHeader(getTranslation("payment.status"))
                .setAutoWidth(true);
        grid.addColumn(p -> Formats.dateTime(p.getReleasedAt())).setHeader(getTranslation("payment.released")).setAutoWidth(true);
        grid.setItems(payments.ofContract(c.getId()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("payment.none"));
        grid.setId("payments-grid");
        return grid;
    }



}
