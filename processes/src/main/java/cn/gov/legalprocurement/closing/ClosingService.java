package cn.gov.legalprocurement.closing;

import cn.gov.legalprocurement.acceptance.AcceptanceService;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractChanged;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.performance.PerformanceService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectItem;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.shared.PortalClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closing a project: the provider's results are filed per catalogue item and the unpaid budget returns. */
@Service
public class ClosingService {

    private final ProviderEvaluationRepository evaluations;
    private final ProjectService projects;
    private final ContractService contracts;
    private final AcceptanceService acceptance;
    private final PerformanceService performance;
    private final PaymentService payments;
    private final BudgetService budget;
    private final AuditLog audit;
    private final PortalClock clock;
    private final ApplicationEventPublisher events;

    ClosingService(ProviderEvaluationRepository evaluations, ProjectService projects, ContractService contracts,
                   AcceptanceService acceptance, PerformanceService performance, PaymentService payments,
                   BudgetService budget, AuditLog audit, PortalClock clock, ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.projects = projects;
        this.contracts = contracts;
        this.acceptance = acceptance;
        this.performance = performance;
        this.payments = payments;
        this.budget = budget;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void close(long projectId) {
        ProcurementProject p = projects.project(projectId);
        Contract c = contracts.ofProject(projectId);
        BigDecimal score = acceptance.passedScore(c.getId());
        BigDecimal satisfaction = performance.satisfactionAverage(c.getId());
        BigDecimal delivery = performance.deliveryRatio(c.getId());
        BigDecimal paid = payments.paidSoFar(c.getId());
        for (ProjectItem item : projects.items(projectId)) {
            evaluations.save(new ProviderEvaluation(c.getProviderId(), c.getId(), item.getCatalogueItemId(),
                    p.getFiscalYear(), score, satisfaction, delivery, paid, clock.now()));
        }
        c.moveTo(Contract.Status.CLOSED);
        budget.close(projectId);
        projects.moveTo(projectId, ProjectStage.CLOSED);
        audit.record(AuditLog.SYSTEM, "project.close", ProcurementProject.class, projectId, null, Map.of(
                "acceptanceScore", score, "deliveryRatio", delivery, "paid", paid,
                "satisfaction", satisfaction == null ? "" : satisfaction));
        events.publishEvent(new ContractChanged(c.getId(), "closed"));
    }

    @Transactional(readOnly = true)
    public List<ProviderEvaluation> ofProvider(long providerId) {
        return evaluations.findByProviderIdOrderByRecordedAtDesc(providerId);
    }
}
