package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget commitments. The line is locked while its balance is checked and changed, so concurrent
 * projects can never commit more than was approved; payments never exceed the commitment.
 */
@Service
public class BudgetService {

    /** Why a commitment was refused: shown to the purchaser in the revision task. */
    public static class InsufficientBudget extends RuntimeException {
        private final PortalException reason;

        InsufficientBudget(PortalException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }

        public PortalException reason() {
            return reason;
        }
    }

    private final BudgetLineRepository lines;
    private final BudgetCommitmentRepository commitments;
    private final ProjectService projects;
    private final RulesService rules;
    private final AuditLog audit;
    private final PortalClock clock;

    public BudgetService(BudgetLineRepository lines, BudgetCommitmentRepository commitments, ProjectService projects,
                         RulesService rules, AuditLog audit, PortalClock clock) {
        this.lines = lines;
        this.commitments = commitments;
        this.projects = projects;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Commits the project's estimated amount against its budget line.
     *
     * @return whether FINANCE must review the commitment (amount above the configured limit)
     * @throws InsufficientBudget when the line does not fit (wrong department or year, or too little left)
     */
    @Transactional(noRollbackFor = InsufficientBudget.class)
    public boolean commit(long projectId) {
        ProcurementProject project = projects.project(projectId);
        if (commitments.findByProjectIdAndStatus(projectId, BudgetCommitment.Status.ACTIVE).isPresent()) {
            throw new IllegalStateException("Project " + project.getCode() + " already has an active commitment");
        }
        BudgetLine line = lines.lockById(project.getBudgetLineId()).orElseThrow(() ->
                new InsufficientBudget(PortalException.invalid("budgetLineId", "error.unknown", project.getBudgetLineId())));
        if (!line.getDepartmentId().equals(project.getPurchaserId())) {
            throw new InsufficientBudget(PortalException.invalid("budgetLineId", "error.budget.other-department", line.getCode()));
        }
        if (line.getFiscalYear() != project.getFiscalYear()) {
            throw new InsufficientBudget(PortalException.invalid("budgetLineId", "error.budget.wrong-year",
                    line.getCode(), line.getFiscalYear(), project.getFiscalYear()));
        }
        BigDecimal amount = project.getEstimatedAmount();
        if (line.available().compareTo(amount) < 0) {
            throw new InsufficientBudget(PortalException.invalid("budgetLineId", "error.budget.insufficient",
                    line.getCode(), line.available(), amount));
        }
        BigDecimal before = line.getCommitted();
        line.commit(amount);
        commitments.save(new BudgetCommitment(line.getId(), projectId, amount, clock.now()));
        audit.record(AuditLog.SYSTEM, "budget.commit", BudgetLine.class, line.getId(), Map.of("committed", before),
                Map.of("committed", line.getCommitted(), "project", project.getCode(), "amount", amount));
        return amount.compareTo(rules.forJurisdiction(project.getJurisdictionCode())
                .yuan(Rule.FINANCE_BUDGET_REVIEW_THRESHOLD)) > 0;
    }

    /** Gives the project's active commitment back to its line. */
    @Transactional
    public void release(long projectId) {
        commitments.findByProjectIdAndStatus(projectId, BudgetCommitment.Status.ACTIVE).ifPresent(c -> {
            BudgetLine line = lines.lockById(c.getBudgetLineId()).orElseThrow();
            line.release(c.unpaid());
            c.end(BudgetCommitment.Status.RELEASED, clock.now());
            audit.record(AuditLog.SYSTEM, "budget.release", BudgetLine.class, line.getId(), null,
                    Map.of("project", projectId, "released", c.unpaid()));
        });
    }

    /** At close: what was committed but not paid returns to the line. */
    @Transactional
    public void close(long projectId) {
        commitments.findByProjectIdAndStatus(projectId, BudgetCommitment.Status.ACTIVE).ifPresent(c -> {
            BudgetLine line = lines.lockById(c.getBudgetLineId()).orElseThrow();
            line.release(c.unpaid());
            c.end(BudgetCommitment.Status.CLOSED, clock.now());
            audit.record(AuditLog.SYSTEM, "budget.close", BudgetLine.class, line.getId(), null,
                    Map.of("project", projectId, "returned", c.unpaid()));
        });
    }

    /** What may still be paid for the project. */
    @Transactional(readOnly = true)
    public BigDecimal unpaidCommitment(long projectId) {
        return commitments.findByProjectIdAndStatus(projectId, BudgetCommitment.Status.ACTIVE)
                .map(BudgetCommitment::unpaid).orElse(Money.ZERO);
    }

    /**
     * The project's commitment grows (a supplementary contract): the line must have the amount available; refused,
     * naming the line and what is left.
     */
    @Transactional
    public void extend(long projectId, BigDecimal amount) {
        BudgetLine line = lines.lockById(projects.project(projectId).getBudgetLineId()).orElseThrow();
        BudgetCommitment c = commitments.findByProjectIdAndStatus(projectId, BudgetCommitment.Status.ACTIVE)
                .filter(found -> found.getBudgetLineId().equals(line.getId()))
                .orElseThrow(() -> PortalException.conflict(null, "error.budget.no-commitment"));
        if (line.available().compareTo(amount) < 0) {
            throw PortalException.invalid("amount", "error.budget.insufficient", line.getCode(), line.available(), amount);
        }
        BigDecimal before = line.getCommitted();
        line.commit(amount);
        c.extend(amount);
        audit.record(AuditLog.SYSTEM, "budget.extend", BudgetLine.class, line.getId(), Map.of("committed", before),
                Map.of("committed", line.getCommitted(), "project", projectId, "amount", amount));
    }

    /** Records a payment against the commitment; refuses to exceed it. */
    @Transactional
    public void pay(long projectId, BigDecimal amount) {
        // the line's lock first: payments, releases and closes of its commitments then run one at a time
        BudgetLine line = lines.lockById(projects.project(projectId).getBudgetLineId()).orElseThrow();
        BudgetCommitment c = commitments.findByProjectIdAndStatus(projectId, BudgetCommitment.Status.ACTIVE)
                .filter(found -> found.getBudgetLineId().equals(line.getId()))
                .orElseThrow(() -> PortalException.conflict(null, "error.budget.no-commitment"));
        if (amount.compareTo(c.unpaid()) > 0) {
            throw PortalException.conflict("amount", "error.payment.above-commitment", amount, c.unpaid());
        }
        c.pay(amount);
        line.pay(amount);
        audit.record(AuditLog.SYSTEM, "budget.pay", BudgetLine.class, line.getId(), null,
                Map.of("project", projectId, "amount", amount, "paid", line.getPaid()));
    }

    /** FINANCE's answer on a large commitment: when refused, the comment is the problem the applicant sees. */
    public record Review(boolean approved, String problem) {
    }

    /** FINANCE reviews a large commitment. */
    Review financeReview(Actor actor, long projectId, boolean approved, String comment) {
        actor.require(Role.FINANCE);
        if (!approved && (comment == null || comment.isBlank())) {
            throw PortalException.invalid("comment", "error.comment.required-when-rejecting");
        }
        audit.record(actor, "budget.finance-review", ProcurementProject.class, projectId, null,
                Map.of("approved", approved, "comment", comment == null ? "" : comment));
        return new Review(approved, approved ? "" : comment);
    }

    /** The applicant picks another line or a smaller amount, or withdraws the project; tells whether resubmitted. */
    boolean revise(Actor actor, long projectId, boolean resubmit, Long budgetLineId, BigDecimal amount) {
        ProcurementProject project = projects.project(projectId);
        if (!actor.username().equals(project.getApplicant())) {
            throw PortalException.forbidden("error.task.not-yours");
        }
        if (!resubmit) {
            audit.record(actor, "budget.withdraw", ProcurementProject.class, projectId, null, null);
            return false;
        }
        if (budgetLineId == null) {
            throw PortalException.invalid("budgetLineId", "error.required");
        }
        BigDecimal newAmount = amount == null ? project.getEstimatedAmount() : Money.requirePositive("estimatedAmount", amount);
        Map<String, Object> before = Map.of("budgetLineId", project.getBudgetLineId(), "estimatedAmount", project.getEstimatedAmount());
        project.useBudget(budgetLineId, newAmount);
        audit.record(actor, "budget.revise", ProcurementProject.class, projectId, before,
                Map.of("budgetLineId", budgetLineId, "estimatedAmount", newAmount));
        return true;
    }

    @Transactional(readOnly = true)
    public List<BudgetLine> lines(Actor actor) {
        if (actor.has(Role.FINANCE) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)) {
            return lines.findAllByOrderByFiscalYearDescCodeAsc();
        }
        actor.require(Role.PURCHASER, Role.PURCHASER_HEAD);
        return lines.findByDepartmentIdOrderByFiscalYearDescCodeAsc(actor.organisationId());
    }

    @Transactional(readOnly = true)
    public BudgetLine line(long id) {
        return lines.findById(id).orElseThrow(() -> PortalException.notFound("BudgetLine", id));
    }
}
