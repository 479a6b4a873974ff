package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.records.ProcurementTrail;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessDiagrams;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * What the project page and the contract page both show of a procurement: its whole audit trail
 * (project, bids, committees and scores, awards, challenges, contract, payments) and its process diagrams. Callers check first that the user may read it.
 */
@org.springframework.stereotype.Component
public class ProjectRecords {

    private final ProcurementTrail trail;
    private final ProcessDiagrams diagrams;
    private final UserDirectory users;

    ProjectRecords(ProcurementTrail trail, ProcessDiagrams diagrams, UserDirectory users) {
        this.trail = trail;
        this.diagrams = diagrams;
        this.users = users;
    }

    /**
     * Everything recorded about the procurement, in the order it happened: the project, its bids (those of
     * a round whose opening has not closed show nothing, not even that they exist), committees and scores, awards, challenges and,
     * once there is one, the contract and its payments.
     */
    public AuditTrail trail(long projectId, Long contractId) {
        return new AuditTrail(trail.of(projectId, contractId), users::displayName);
    }

    /**
     * Every process instance of the project, drawn with its steps done and open: those running at
     * once (or the first, when all have ended), the ended ones folded and drawn when unfolded — a
     * project page draws two diagrams, not ten.
     */
    public Component diagrams(String projectCode) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Span(layout.getTranslation("project.diagram-legend")));
        List<ProcessDiagrams.Diagram> all = diagrams.ofProject(projectCode);
        boolean anyRunning = all.stream().anyMatch(d -> d.ended() == null);
        for (int i = 0; i < all.size(); i++) {
            ProcessDiagrams.Diagram d = all.get(i);
            // the process by its name in the user's language (the model's own name is Chinese)
            String heading = PortalI18n.orElse(layout, "process." + d.processKey(), d.processName()) + " · "
                    + layout.getTranslation(d.ended() == null ? "project.process-running" : "project.process-ended");
            if (d.ended() == null || (!anyRunning && i == 0)) {
                layout.add(new H3(heading), new ProcessDiagram(d));
            } else {
                Details folded = new Details(heading);
                folded.setWidthFull();
                folded.addOpenedChangeListener(e -> {
                    if (e.isOpened() && folded.getContent().findAny().isEmpty()) {
                        folded.add(new ProcessDiagram(d));
                    }
                });
                layout.add(folded);
            }
        }
        return layout;
    }
}
