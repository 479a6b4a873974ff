package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.audit.AuditEvent;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.workflow.ProcessDiagrams;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * What the project page and the contract page both show of a procurement: its whole audit trail
 * (project, contract, payments) and its process diagrams. Callers check first that the user may read it.
 */
@org.springframework.stereotype.Component
public class ProjectRecords {

    private final AuditLog audit;
    private final PaymentService payments;
    private final ProcessDiagrams diagrams;

    ProjectRecords(AuditLog audit, PaymentService payments, ProcessDiagrams diagrams) {
        this.audit = audit;
        this.payments = payments;
        this.diagrams = diagrams;
    }

    /** The audit trail of the project and, once there is one, of its contract and the contract's payments. */
    public AuditTrail trail(long projectId, Long contractId) {
        List<AuditEvent> events = new ArrayList<>(audit.trail("ProcurementProject", projectId));
        if (contractId != null) {
            events.addAll(audit.trail("Contract", contractId));
            payments.ofContract(contractId).forEach(p -> events.addAll(audit.trail("Payment", p.getId())));
        }
        return new AuditTrail(events);
    }

    /** Every process instance of the project, drawn with its steps done and open. */
    public Component diagrams(String projectCode) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Span(layout.getTranslation("project.diagram-legend")));
        for (ProcessDiagrams.Diagram d : diagrams.ofProject(projectCode)) {
            String state = layout.getTranslation(d.ended() == null ? "project.process-running" : "project.process-ended");
            layout.add(new H3(d.processName() + " · " + state), new ProcessDiagram(d));
        }
        return layout;
    }
}
