package cn.gov.legalprocurement.method;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choosing the procurement method: the facts for the {@code procurementMethod} DMN table, recording
 * its decision, and FINANCE's approval of a non-tender method above the threshold.
 */
@Service
public class MethodService {

    private final ProjectService projects;
    private final RulesService rules;
    private final AuditLog audit;

    public MethodService(ProjectService projects, RulesService rules, AuditLog audit) {
        this.projects = projects;
        this.rules = rules;
        this.audit = audit;
    }

    /** The DMN's inputs for a project: money in fen, the jurisdiction's threshold and floor, the applicant's flags. */
    public record DecisionFacts(long amountFen, long thresholdFen, long floorFen, boolean soleSupplier, int failedTenders, boolean urgent,
                                boolean limitedSuppliers, boolean frameworkSuitable, boolean addOn, boolean callOff) {
    }

    @Transactional(readOnly = true)
    public DecisionFacts decisionFacts(long projectId) {
        ProcurementProject p = projects.project(projectId);
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        return new DecisionFacts(Money.toFen(p.getEstimatedAmount()), Money.toFen(book.yuan(Rule.OPEN_TENDER_THRESHOLD)),
                Money.toFen(book.yuan(Rule.DECENTRALISED_PROCUREMENT_FLOOR)),
                p.isSoleSupplier(), p.getFailedTenders(), p.isUrgent(), p.isLimitedSuppliers(), p.isFrameworkSuitable(),
                p.getAddOnToContractId() != null, p.isCallOff());
    }

    @Transactional
    public void record(long projectId, ProcurementMethod method, String reason) {
        ProcurementProject p = projects.project(projectId);
        Map<String, Object> before = new HashMap<>();
        before.put("method", p.getMethod());
        p.decideMethod(method, reason);
        audit.record(AuditLog.SYSTEM, "method.decide", ProcurementProject.class, projectId, before,
                Map.of("method", method, "reason", reason));
    }

    /** FINANCE approves the non-tender method, or requires an open tender instead; returns the method that holds. */
    ProcurementMethod approve(Actor actor, long projectId, boolean approved, String comment) {
        actor.require(Role.FINANCE);
        if (!approved && (comment == null || comment.isBlank())) {
            throw PortalException.invalid("comment", "error.comment.required-when-rejecting");
        }
        ProcurementProject p = projects.project(projectId);
        audit.record(actor, "method.finance-approval", ProcurementProject.class, projectId,
                Map.of("method", p.getMethod()), Map.of("approved", approved, "comment", comment == null ? "" : comment));
        if (!approved) {
            record(projectId, ProcurementMethod.OPEN_TENDER, "财政部门未批准" + p.getMethod().label() + "：" + comment);
        }
        return p.getMethod();
    }
}
