package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.audit.AuditEvent;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.portal.AuditTrail;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.DocumentList;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.ProcessDiagram;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.portal.TaskNames;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.workflow.ProcessDiagrams;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's page: its facts, its open steps, the process diagram with the steps done and open,
 * its documents, notices and the whole audit trail. Read-only; tasks open in their own view.
 */
@Route(value = "projects/:code", layout = MainLayout.class)
@RolesAllowed({"PURCHASER", "PURCHASER_HEAD", "FINANCE", "JUSTICE", "SUPERVISOR", "ADMIN"})
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final ProjectSummaries summaries;
    private final WorkTaskService tasks;
    private final ProcessDiagrams diagrams;
    private final DocumentArchive archive;
    private final AuditLog audit;
    private final ContractService contracts;
    private final PaymentService payments;
    private final PublicationService publication;
    private final CurrentUser user;
    private String title = "";

    ProjectView(ProjectService projects, ProjectSummaries summaries, WorkTaskService tasks, ProcessDiagrams diagrams,
                DocumentArchive archive, AuditLog audit, ContractService contracts, PaymentService payments,
                PublicationService publication, CurrentUser user) {
        this.projects = projects;
        this.summaries = summaries;
        this.tasks = tasks;
        this.diagrams = diagrams;
        this.archive = archive;
        this.audit = audit;
        this.contracts = contracts;
        this.payments = payments;
        this.publication = publication;
        this.user = user;
        setMaxWidth("1280px");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = user.actor();
        ProcurementProject p;
        try {
            p = projects.readableBy(actor, event.getRouteParameters().get("code").orElse(""));
        } catch (PortalException e) {
            title = getTranslation("project.not-available");
            add(new H2(title), new Paragraph(e.getMessage(getLocale())));
            return;
        }
        title = p.getCode() + " " + p.getTitle();
        H2 heading = new H2(title);
        heading.setId("project-title");
        add(heading, summaries.facts(p.getId()), openSteps(actor, p));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("project.tab.diagram"), diagramsOf(p));
        tabs.add(getTranslation("project.tab.documents"), documentsOf(p));
        tabs.add(getTranslation("project.tab.notices"), noticesOf(p));
        tabs.add(getTranslation("project.tab.audit"), new AuditTrail(trailOf(p)));
        add(tabs);
    }

    private Component openSteps(Actor actor, ProcurementProject p) {
        Set<String> mine = tasks.myTasks(actor).stream().map(WorkTask::id).collect(Collectors.toSet());
        VerticalLayout steps = new VerticalLayout(new H3(getTranslation("project.open-steps")));
        steps.setPadding(false);
        steps.setSpacing(false);
        List<WorkTask> open = tasks.openTasksOfProject(p.getCode());
        if (open.isEmpty()) {
            steps.add(new Span(getTranslation("project.no-open-steps")));
        }
        for (WorkTask t : open) {
            String text = TaskNames.of(this, t) + (t.due() == null ? "" : " · " + getTranslation("task.due", Formats.dateTime(t.due())));
            steps.add(mine.contains(t.id()) ? Views.link(text, "tasks/" + t.id()) : new Span(text));
        }
        steps.setId("open-steps");
        return steps;
    }

    private Component diagramsOf(ProcurementProject p) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Div legend = new Div(new Span(getTranslation("project.diagram-legend")));
        layout.add(legend);
        for (ProcessDiagrams.Diagram d : diagrams.ofProject(p.getCode())) {
            String state = d.ended() == null ? getTranslation("project.process-running") : getTranslation("project.process-ended");
            layout.add(new H3(d.processName() + " · " + state), new ProcessDiagram(d));
        }
        return layout;
    }

    private Component documentsOf(ProcurementProject p) {
        List<StoredDocument> documents = new ArrayList<>(archive.of("ProcurementProject", p.getId()));
        contract(p).ifPresent(c -> {
            documents.addAll(archive.of("Contract", c.getId()));
            payments.ofContract(c.getId()).forEach(pay -> documents.addAll(archive.of("Payment", pay.getId())));
        });
        return new DocumentList(archive, documents);
    }

    private Component noticesOf(ProcurementProject p) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        publication.ofProject(p.getId()).forEach(a -> {
            Paragraph body = new Paragraph(a.getBody());
            body.getStyle().set("white-space", "pre-wrap");
            layout.add(new H3(Formats.dateTime(a.getPublishedAt()) + " " + a.getTitle()), body);
        });
        if (layout.getComponentCount() == 0) {
            layout.add(new Span(getTranslation("project.no-notices")));
        }
        return layout;
    }

    private List<AuditEvent> trailOf(ProcurementProject p) {
        List<AuditEvent> events = new ArrayList<>(audit.trail("ProcurementProject", p.getId()));
        contract(p).ifPresent(c -> {
            events.addAll(audit.trail("Contract", c.getId()));
            payments.ofContract(c.getId()).forEach(pay -> events.addAll(audit.trail("Payment", pay.getId())));
        });
        return events;
    }

    private java.util.Optional<Contract> contract(ProcurementProject p) {
        try {
            return java.util.Optional.ofNullable(contracts.ofProject(p.getId()));
        } catch (PortalException e) {
            return java.util.Optional.empty();
        }
    }
}
