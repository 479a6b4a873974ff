package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectItem;
import cn.gov.legalprocurement.project.ProjectService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.stream.Collectors;

/** The facts of a project every task form starts with: what is bought, for whom, for how much. */
@org.springframework.stereotype.Component
public class ProjectSummaries {

    private final ProjectService projects;
    private final CatalogueService catalogue;
    private final OrganisationService organisations;

    ProjectSummaries(ProjectService projects, CatalogueService catalogue, OrganisationService organisations) {
        this.projects = projects;
        this.catalogue = catalogue;
        this.organisations = organisations;
    }

    public Facts facts(long projectId) {
        ProcurementProject p = projects.project(projectId);
        String items = projects.items(projectId).stream().map(this::line).collect(Collectors.joining("；"));
        Facts facts = new Facts();
        facts.add("project.code", p.getCode()).add("project.title", p.getTitle())
                .add("project.purchaser", organisations.nameOf(p.getPurchaserId()))
                .add("project.amount", Formats.money(p.getEstimatedAmount()))
                .add("project.items", items)
                .add("project.recipients", p.getServiceRecipients())
                .add("project.term", Formats.date(p.getTermStart()) + " — " + Formats.date(p.getTermEnd()))
                .add("project.stage", facts.getTranslation("stage." + p.getStage().name()));
        if (p.getMethod() != null) {
            facts.add("project.method", facts.getTranslation("method." + p.getMethod().name()));
        }
        if (p.getBidDeadline() != null) {
            facts.add("project.bid-deadline", Formats.dateTime(p.getBidDeadline()));
        }
        if (p.getJustification() != null && !p.getJustification().isBlank()) {
            facts.add("project.justification", p.getJustification());
        }
        return facts;
    }

    /** The project's facts folded under its code and title. */
    public Component folded(long projectId, boolean opened) {
        ProcurementProject p = projects.project(projectId);
        Details details = new Details(p.getCode() + " " + p.getTitle(), facts(projectId));
        details.setOpened(opened);
        details.setWidthFull();
        return details;
    }

    private String line(ProjectItem line) {
        var item = catalogue.item(line.getCatalogueItemId());
        return "%s × %s（%s）".formatted(item.getName(), line.getQuantity().stripTrailingZeros().toPlainString(),
                Formats.money(line.getAmount()));
    }
}
