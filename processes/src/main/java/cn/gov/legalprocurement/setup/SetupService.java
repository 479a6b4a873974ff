package cn.gov.legalprocurement.setup;

import cn.gov.legalprocurement.budget.BudgetLine;
import cn.gov.legalprocurement.budget.BudgetLineRepository;
import cn.gov.legalprocurement.catalogue.CatalogueClass;
import cn.gov.legalprocurement.catalogue.CatalogueClassRepository;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.catalogue.ReviewDecision;
import cn.gov.legalprocurement.evaluation.Expert;
import cn.gov.legalprocurement.evaluation.ExpertConflict;
import cn.gov.legalprocurement.evaluation.ExpertConflictRepository;
import cn.gov.legalprocurement.evaluation.ExpertRepository;
import cn.gov.legalprocurement.organisation.Jurisdiction;
import cn.gov.legalprocurement.organisation.JurisdictionRepository;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationKind;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.user.PortalUser;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up a jurisdiction: organisations, users, experts, budget lines, and catalogue items
 * taken through their review (the real lifecycle, so every item has its audit trail). Used by the
 * administrator's first start and by the demo data.
 */
@Service
public class SetupService {

    private final JurisdictionRepository jurisdictions;
    private final OrganisationRepository organisations;
    private final ProviderService providers;
    private final UserDirectory users;
    private final ExpertRepository experts;
    private final ExpertConflictRepository conflicts;
    private final BudgetLineRepository budgetLines;
    private final CatalogueService catalogue;
    private final CatalogueClassRepository classes;
    private final WorkTaskService tasks;

    SetupService(JurisdictionRepository jurisdictions, OrganisationRepository organisations, ProviderService providers,
                 UserDirectory users, ExpertRepository experts, ExpertConflictRepository conflicts,
                 BudgetLineRepository budgetLines, CatalogueService catalogue, CatalogueClassRepository classes,
                 WorkTaskService tasks) {
        this.jurisdictions = jurisdictions;
        this.organisations = organisations;
        this.providers = providers;
        this.users = users;
        this.experts = experts;
        this.conflicts = conflicts;
        this.budgetLines = budgetLines;
        this.catalogue = catalogue;
        this.classes = classes;
        this.tasks = tasks;
    }

    @Transactional
    public CatalogueClass catalogueClass(String code, String name, String category) {
        return classes.save(new CatalogueClass(code, name, category));
    }

    @Transactional
    public Jurisdiction jurisdiction(String code, String name, String parent, Jurisdiction.BudgetLevel level) {
        return jurisdictions.save(new Jurisdiction(code, name, parent, level));
    }

    @Transactional
    public Organisation organisation(String code, String name, OrganisationKind kind, String jurisdiction) {
        return organisations.save(new Organisation(code, name, kind, jurisdiction));
    }

    /** A purchasing unit's contact for suppliers: person, phone and address. */
    @Transactional
    public Organisation contact(long organisationId, String person, String phone, String address) {
        Organisation o = organisations.findById(organisationId).orElseThrow();
        o.contact(person, phone, address);
        return organisations.save(o);
    }

    /** Registers a provider and has it verified by the justice user given. */
    @Transactional
    public Organisation verifiedProvider(Actor justice, ProviderService.Registration registration) {
        Organisation provider = providers.register(justice.username(), registration);
        providers.verify(justice, provider.getId(), true, "资质核验通过");
        return provider;
    }

    @Transactional
    public PortalUser user(String username, String password, String displayName, long organisationId, Role... roles) {
        return users.create(username, password, displayName, organisationId, Set.of(roles));
    }

    @Transactional
    public Expert expert(String username, String password, String name, String specialty, long poolId, Long employerId) {
        users.create(username, password, name, poolId, Set.of(Role.EXPERT));
        return experts.save(new Expert(username, name, specialty, employerId));
    }

    @Transactional
    public ExpertConflict conflict(long expertId, long providerId, String reason, LocalDate relationshipUntil) {
        return conflicts.save(new ExpertConflict(expertId, providerId, reason, relationshipUntil));
    }

    @Transactional
    public BudgetLine budgetLine(String code, long departmentId, int fiscalYear, String name, BigDecimal approved) {
        return budgetLines.save(new BudgetLine(code, departmentId, fiscalYear, name, approved));
    }

    /** Proposes an item and takes it through JUSTICE's and FINANCE's review to publication. */
    @Transactional
    public CatalogueItem publishedItem(Actor proposer, Actor justice, Actor finance, CatalogueService.Proposal proposal) {
        CatalogueItem item = catalogue.propose(proposer, proposal);
        approve(justice, item.getId(), CatalogueItemLifecycle.TASK_JUSTICE_REVIEW);
        approve(finance, item.getId(), CatalogueItemLifecycle.TASK_FINANCE_REVIEW);
        return catalogue.item(item.getId());
    }

    private void approve(Actor reviewer, long itemId, String taskKey) {
        WorkTask task = tasks.myTasks(reviewer).stream().filter(t -> t.taskKey().equals(taskKey))
                .filter(t -> Long.valueOf(itemId).equals(tasks.variables(reviewer, t.id()).get(Vars.CATALOGUE_ITEM_ID)))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + taskKey + " for catalogue item " + itemId));
        tasks.complete(reviewer, task.id(), new ReviewDecision(true, "符合指导性目录要求"));
    }
}
