package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationKind;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project application: the purchaser picks published catalogue items, quantities, recipients, term
 * and budget line; the statutory checks ({@link ApplicationChecks}: term, splitting, add-on, call-off) run before
 * anything is saved; the procurement process starts.
 */
@Service
public class ProjectService {

    public record Line(Long catalogueItemId, BigDecimal quantity) {
    }

    public record Application(String title, List<Line> items, String serviceRecipients, LocalDate termStart,
                              LocalDate termEnd, Long budgetLineId, boolean urgent, boolean soleSupplier,
                              boolean limitedSuppliers, boolean frameworkSuitable, String justification,
                              Long addOnToContractId, Long frameworkAgreementId) {

        /** A purchase under no framework agreement. */
        public Application(String title, List<Line> items, String serviceRecipients, LocalDate termStart, LocalDate termEnd,
                           Long budgetLineId, boolean urgent, boolean soleSupplier, boolean limitedSuppliers,
                           boolean frameworkSuitable, String justification, Long addOnToContractId) {
            this(title, items, serviceRecipients, termStart, termEnd, budgetLineId, urgent, soleSupplier, limitedSuppliers,
                    frameworkSuitable, justification, addOnToContractId, null);
        }

        /** A purchase that adds to no contract. */
        public Application(String title, List<Line> items, String serviceRecipients, LocalDate termStart, LocalDate termEnd,
                           Long budgetLineId, boolean urgent, boolean soleSupplier, boolean limitedSuppliers,
                           boolean frameworkSuitable, String justification) {
            this(title, items, serviceRecipients, termStart, termEnd, budgetLineId, urgent, soleSupplier, limitedSuppliers,
                    frameworkSuitable, justification, null);
        }
    }

    private final ProjectRepository projects;
    private final ProjectItemRepository projectItems;
    private final CatalogueService catalogue;
    private final OrganisationRepository organisations;
    private final RulesService rules;
    private final ProcurementProcess process;
    private final ApplicationChecks checks;
    private final OriginalContracts originals;
    private final FrameworkAgreements agreements;
    private final AuditLog audit;
    private final PortalClock clock;

    public ProjectService(ProjectRepository projects, ProjectItemRepository projectItems, CatalogueService catalogue,
                          OrganisationRepository organisations, RulesService rules, ProcurementProcess process,
                          ApplicationChecks checks, OriginalContracts originals, FrameworkAgreements agreements, AuditLog audit, PortalClock clock) {
        this.projects = projects;
        this.projectItems = projectItems;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.rules = rules;
        this.process = process;
        this.checks = checks;
        this.originals = originals;
        this.agreements = agreements;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies for a project and starts its procurement process; refuses (saving nothing) on bad input. */
    @Transactional
    public ProcurementProject apply(Actor actor, Application a) {
        actor.require(Role.PURCHASER);
        // the unit's row stays locked until this application commits: its number (the unit's count of the year)
        // and the splitting check both read the unit's earlier applications, which a concurrent one would change
        Organisation purchaser = organisations.lockById(actor.organisationId())
                .filter(o -> o.getKind() == OrganisationKind.PURCHASING_UNIT)
                .orElseThrow(() -> PortalException.forbidden("error.project.not-purchasing-unit"));
        RuleBook book = rules.forJurisdiction(purchaser.getJurisdictionCode());
        Texts.require("title", a.title(), 200);
        Texts.require("serviceRecipients", a.serviceRecipients(), 2000);
        checks.term(a.termStart(), a.termEnd(), book);
        if (a.frameworkSuitable() && a.termEnd().isAfter(a.termStart().plusMonths(book.count(Rule.FRAMEWORK_AGREEMENT_MAX_TERM_MONTHS)))) {
            throw PortalException.invalid("termEnd", "error.framework.term-too-long", book.count(Rule.FRAMEWORK_AGREEMENT_MAX_TERM_MONTHS));
        }
        if (a.budgetLineId() == null) {
            throw PortalException.invalid("budgetLineId", "error.required");
        }
        if (a.items() == null || a.items().isEmpty()) {
            throw PortalException.invalid("items", "error.project.no-items");
        }
        List<CatalogueItem> chosen = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        BigDecimal total = Money.ZERO;
        for (Line line : a.items()) {
            if (line.catalogueItemId() == null) {
                throw PortalException.invalid("items", "error.required");
            }
            CatalogueItem item = catalogue.requirePublished("items", line.catalogueItemId());
            if (!codes.add(item.getCode())) {
                throw PortalException.invalid("items", "error.project.duplicate-item", item.getName());
            }
            BigDecimal quantity = Money.requirePositive("quantity", line.quantity());
            BigDecimal amount = Money.requirePositive("quantity", Money.normalise(item.getUnitPrice().multiply(quantity)));
            chosen.add(item);
            amounts.add(amount);
            total = total.add(amount);
        }
        int fiscalYear = a.termStart().getYear();
        if (a.addOnToContractId() != null) {
            checks.addOn(purchaser.getId(), a.addOnToContractId(), codes, total, book);
        }
        // a call-off is one of the repeated small purchases its agreement was concluded for: no splitting check
        if (a.frameworkAgreementId() != null) {
            if (a.addOnToContractId() != null) {
                throw PortalException.invalid("frameworkAgreementId", "error.call-off.not-add-on");
            }
            checks.callOff(purchaser, a.frameworkAgreementId(), codes);
        } else {
            checks.splitting(purchaser.getId(), fiscalYear, codes, total, book);
        }

        String code = nextCode(purchaser, fiscalYear);
        ProcurementProject project = projects.save(new ProcurementProject(code, a.title().strip(), purchaser.getId(),
                actor.username(), purchaser.getJurisdictionCode(), fiscalYear, total, a.serviceRecipients().strip(),
                a.termStart(), a.termEnd(), a.budgetLineId(), clock.now()));
        project.flags(a.urgent(), a.soleSupplier(), a.limitedSuppliers(), a.frameworkSuitable(), a.justification());
        if (a.addOnToContractId() != null) {
            project.addOnTo(a.addOnToContractId());
        }
        if (a.frameworkAgreementId() != null) {
            project.callOffUnder(a.frameworkAgreementId());
        }
        for (int i = 0; i < chosen.size(); i++) {
            projectItems.save(new ProjectItem(project.getId(), chosen.get(i).getId(), Money.normalise(a.items().get(i).quantity()),
                    chosen.get(i).getUnitPrice(), amounts.get(i)));
        }
        audit.record(actor, "project.apply", ProcurementProject.class, project.getId(), null, Map.of(
                "code", code, "title", project.getTitle(), "estimatedAmount", total, "items", codes,
                "callOffUnder", a.frameworkAgreementId() == null ? "" : a.frameworkAgreementId()));
        project.started(process.start(project, actor.username()));
        return project;
    }

    /** The framework agreements in force in the purchaser's jurisdiction: what a call-off may be made under. */
    @Transactional(readOnly = true)
    public List<FrameworkAgreements.InForce> frameworkAgreementsInForce(Actor actor) {
        actor.require(Role.PURCHASER);
        Organisation unit = organisations.findById(actor.organisationId()).orElseThrow(() -> PortalException.forbidden("error.organisation"));
        return agreements.inForceIn(unit.getJurisdictionCode(), clock.today());
    }

    /** The share of the original contract all add-ons may come to, in the purchaser's jurisdiction. */
    @Transactional(readOnly = true)
    public BigDecimal addOnMaxPercent(Actor actor) {
        actor.require(Role.PURCHASER);
        Organisation unit = organisations.findById(actor.organisationId()).orElseThrow(() -> PortalException.forbidden("error.organisation"));
        return rules.forJurisdiction(unit.getJurisdictionCode()).percent(Rule.SINGLE_SOURCE_ADD_ON_MAX_PERCENT);
    }

    /** The purchaser's signed contracts an add-on may add to. */
    @Transactional(readOnly = true)
    public List<OriginalContracts.Original> addOnCandidates(Actor actor) {
        actor.require(Role.PURCHASER);
        return originals.signedOf(actor.organisationId());
    }

    /** The head's decision on an application. */
    void decideApplication(Actor actor, long projectId, ApplicationDecision decision, String comment) {
        actor.require(Role.PURCHASER_HEAD);
        ProcurementProject project = project(projectId);
        actor.requireOrganisation(project.getPurchaserId());
        if (decision != ApplicationDecision.APPROVE && (comment == null || comment.isBlank())) {
            throw PortalException.invalid("comment", "error.comment.required-when-rejecting");
        }
        audit.record(actor, "project.decide-application", ProcurementProject.class, projectId, null,
                Map.of("decision", decision, "comment", comment == null ? "" : comment));
    }

    /** The applicant answers a returned application: resubmit with corrections, or withdraw. */
    void reviseApplication(Actor actor, long projectId, boolean resubmit, String serviceRecipients, String justification) {
        ProcurementProject project = project(projectId);
        if (!actor.username().equals(project.getApplicant())) {
            throw PortalException.forbidden("error.task.not-yours");
        }
        if (resubmit) {
            if (serviceRecipients == null || serviceRecipients.isBlank()) {
                throw PortalException.invalid("serviceRecipients", "error.required");
            }
            Map<String, Object> before = Map.of("serviceRecipients", project.getServiceRecipients(),
                    "justification", String.valueOf(project.getJustification()));
            project.revise(serviceRecipients.strip(), justification);
            audit.record(actor, "project.revise-application", ProcurementProject.class, projectId, before,
                    Map.of("serviceRecipients", serviceRecipients, "justification", String.valueOf(justification)));
        } else {
            audit.record(actor, "project.withdraw-application", ProcurementProject.class, projectId, null, null);
        }
    }

    @Transactional
    public void moveTo(long projectId, ProjectStage stage) {
        ProcurementProject project = project(projectId);
        if (project.getStage() != stage) {
            ProjectStage before = project.getStage();
            project.moveTo(stage);
            audit.record(AuditLog.SYSTEM, "project.stage", ProcurementProject.class, projectId,
                    Map.of("stage", before), Map.of("stage", stage));
        }
    }

    @Transactional(readOnly = true)
    public ProcurementProject project(long id) {
        return projects.findById(id).orElseThrow(() -> PortalException.notFound("ProcurementProject", id));
    }

    /** The project, locked for the rest of the transaction: serialises bids and challenges of one project. */
    @Transactional
    public ProcurementProject lock(long id) {
        return projects.lockById(id).orElseThrow(() -> PortalException.notFound("ProcurementProject", id));
    }

    @Transactional(readOnly = true)
    public ProcurementProject byCode(String code) {
        return projects.findByCode(code).orElseThrow(() -> PortalException.notFound("ProcurementProject", code));
    }

    @Transactional(readOnly = true)
    public List<ProjectItem> items(long projectId) {
        return projectItems.findByProjectId(projectId);
    }

    /** The project, when the actor may read it: their unit's, or any for supervisors, finance and justice. */
    @Transactional(readOnly = true)
    public ProcurementProject readableBy(Actor actor, String code) {
        ProcurementProject p = byCode(code);
        if (actor.has(Role.SUPERVISOR) || actor.has(Role.FINANCE) || actor.has(Role.JUSTICE) || actor.has(Role.ADMIN)) {
            return p;
        }
        actor.require(Role.PURCHASER, Role.PURCHASER_HEAD).requireOrganisation(p.getPurchaserId());
        return p;
    }

    /** Open tenders: projects whose procurement notice is out and whose bid deadline has not passed. */
    @Transactional(readOnly = true)
    public List<ProcurementProject> openForBids() {
        Instant now = clock.now();
        return projects.findByStageOrderByBidDeadlineAsc(ProjectStage.TENDERING).stream()
                .filter(p -> p.getNoticePublishedAt() != null && p.getBidDeadline() != null && p.getBidDeadline().isAfter(now))
                .toList();
    }

    /** Projects the actor may see: their unit's, or all for supervisors, finance and justice. */
    @Transactional(readOnly = true)
    public List<ProcurementProject> visibleTo(Actor actor) {
        if (actor.has(Role.SUPERVISOR) || actor.has(Role.FINANCE) || actor.has(Role.JUSTICE) || actor.has(Role.ADMIN)) {
            return projects.findAllByOrderByCreatedAtDesc();
        }
        if (actor.has(Role.PURCHASER) || actor.has(Role.PURCHASER_HEAD)) {
            return projects.findByPurchaserIdOrderByCreatedAtDesc(actor.organisationId());
        }
        throw PortalException.forbidden("error.role", "PURCHASER, SUPERVISOR");
    }

    private String nextCode(Organisation purchaser, int fiscalYear) {
        long n = projects.countByPurchaserIdAndFiscalYear(purchaser.getId(), fiscalYear) + 1;
        return "%s-%d-%03d".formatted(purchaser.getCode(), fiscalYear, n);
    }
}
