package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.framework.CallOffService;
import cn.gov.legalprocurement.framework.FrameworkAgreementService;
import cn.gov.legalprocurement.framework.FrameworkPanel;
import cn.gov.legalprocurement.portal.AnnouncementPanel;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.DocumentList;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.ProjectRecords;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.portal.TaskNames;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.evaluation.RepresentativePanel;
import cn.gov.legalprocurement.evaluation.RepresentativeService;
import cn.gov.legalprocurement.tender.ClarificationPanel;
import cn.gov.legalprocurement.tender.ClarificationService;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A project's page: its facts, its open steps, the process diagram with the steps done and open,
 * its documents, notices and the whole audit trail; tasks open in their own view. During the bid period its
 * purchasing unit may publish a clarification of the documents here.
 */
@Route(value = "projects/:code", layout = MainLayout.class)
@RolesAllowed({"PURCHASER", "PURCHASER_HEAD", "FINANCE", "JUSTICE", "SUPERVISOR", "ADMIN"})
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final ProjectSummaries summaries;
    private final WorkTaskService tasks;
    private final ProjectRecords records;
    private final DocumentArchive archive;
    private final ContractService contracts;
    private final PublicationService publication;
    private final CurrentUser user;
    private final ClarificationService clarifications;
    private final FrameworkAgreementService agreements;
    private final CallOffService callOffs;
    private final RepresentativeService representatives;
    private String title = "";

    ProjectView(ProjectService projects, ProjectSummaries summaries, WorkTaskService tasks, ProjectRecords records,
                DocumentArchive archive, ContractService contracts, PublicationService publication, CurrentUser user,
                ClarificationService clarifications, FrameworkAgreementService agreements, CallOffService callOffs,
                RepresentativeService representatives) {
        this.representatives = representatives;
        this.projects = projects;
        this.summaries = summaries;
        this.tasks = tasks;
        this.records = records;
        this.archive = archive;
        this.contracts = contracts;
        this.publication = publication;
        this.user = user;
        this.clarifications = clarifications;
        this.agreements = agreements;
        this.callOffs = callOffs;
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
        if (clarifiable(actor, p)) {
            add(new ClarificationPanel(clarifications, actor, p));
        }
        RepresentativePanel.of(representatives, actor, p).ifPresent(this::add);
        FrameworkPanel.of(p, agreements, callOffs, projects).ifPresent(this::add);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        // a tab's content is built when first shown: the page sends the diagrams, not every document and event
        Map<Tab, Supplier<Component>> pending = new HashMap<>();
        tabs.add(getTranslation("project.tab.diagram"), records.diagrams(p.getCode()));
        pending.put(tabs.add(getTranslation("project.tab.documents"), new Div()), () -> documentsOf(p));
        pending.put(tabs.add(getTranslation("project.tab.notices"), new Div()), () -> noticesOf(p));
        pending.put(tabs.add(getTranslation("project.tab.audit"), new Div()),
                () -> records.trail(p.getId(), contract(p).map(Contract::getId).orElse(null)));
        tabs.addSelectedChangeListener(e -> {
            Supplier<Component> content = pending.remove(e.getSelectedTab());
            if (content != null) {
                ((Div) tabs.getComponent(e.getSelectedTab())).add(content.get());
            }
        });
        add(tabs);
    }

    /** The unit's purchaser may clarify the documents of a first round while its bid period runs. */
    private boolean clarifiable(Actor actor, ProcurementProject p) {
        return actor.has(Role.PURCHASER) && actor.organisationId() == p.getPurchaserId() && clarifications.isOpen(p);
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


    private Component documentsOf(ProcurementProject p) {
        List<StoredDocument> documents = new ArrayList<>(archive.of(ProcurementProject.class, p.getId()));
        contract(p).ifPresent(c -> documents.addAll(archive.of(Contract.class, c.getId())));
        return new DocumentList(archive, documents);
    }

    private Component noticesOf(ProcurementProject p) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        publication.ofProject(p.getId()).forEach(a -> layout.add(new AnnouncementPanel(a, publication, archive)));
        if (layout.getComponentCount() == 0) {
            layout.add(new Span(getTranslation("project.no-notices")));
        }
        return layout;
    }


    private java.util.Optional<Contract> contract(ProcurementProject p) {
        try {
            return java.util.Optional.ofNullable(contracts.ofProject(p.getId()));
        } catch (PortalException e) {
            return java.util.Optional.empty();
        }
    }
}
