package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.audit.AuditEvent;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.challenge.ChallengeRepository;
import cn.gov.legalprocurement.evaluation.EvaluationCommitteeRepository;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.tender.AwardRepository;
import cn.gov.legalprocurement.tender.TenderService;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessDiagrams;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * What the project page and the contract page both show of a procurement: its whole audit trail
 * (project, bids, committees and scores, awards, challenges, contract, payments) and its process diagrams. Callers check first that the user may read it.
 */
@org.springframework.stereotype.Component
public class ProjectRecords {

    private final AuditLog audit;
    private final PaymentService payments;
    private final ProcessDiagrams diagrams;
    private final TenderService tender;
    private final EvaluationCommitteeRepository committees;
    private final AwardRepository awards;
    private final ChallengeRepository challenges;
    private final UserDirectory users;

    ProjectRecords(AuditLog audit, PaymentService payments, ProcessDiagrams diagrams, TenderService tender,
                   EvaluationCommitteeRepository committees, AwardRepository awards, ChallengeRepository challenges,
                   UserDirectory users) {
        this.users = users;
        this.audit = audit;
        this.payments = payments;
        this.diagrams = diagrams;
        this.tender = tender;
        this.committees = committees;
        this.awards = awards;
        this.challenges = challenges;
    }

    /**
     * Everything recorded about the procurement, in the order it happened: the project, its bids (those of
     * a round whose opening has not closed show nothing, not even that they exist), committees and scores, awards, challenges and,
     * once there is one, the contract and its payments.
     */
    public AuditTrail trail(long projectId, Long contractId) {
        List<AuditEvent> events = new ArrayList<>(audit.trail("ProcurementProject", projectId));
        tender.bidsOnRecord(projectId).forEach(id -> events.addAll(audit.trail("Bid", id)));
        committees.findByProjectIdOrderById(projectId).forEach(c -> events.addAll(audit.trail("EvaluationCommittee", c.getId())));
        awards.findByProjectIdOrderByIdDesc(projectId).forEach(a -> events.addAll(audit.trail("Award", a.getId())));
        challenges.findByProjectIdOrderByFiledAt(projectId).forEach(c -> events.addAll(audit.trail("Challenge", c.getId())));
        if (contractId != null) {
            events.addAll(audit.trail("Contract", contractId));
            payments.ofContract(contractId).forEach(p -> events.addAll(audit.trail("Payment", p.getId())));
        }
        return new AuditTrail(events, users::displayName);
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
