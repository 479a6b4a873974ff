package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.catalogue.CatalogueIndicator;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectItem;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import cn.gov.legalprocurement.tender.Award;
import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.tender.BidBondService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written contract: drafted from the project and the award, completed by the purchaser (all
 * eight parts, bond within the limit, a payment schedule of 100 %) and signed by both parties;
 * {@link ContractPublicationService} publishes it.
 */
@Service
public class ContractService {

    public record Instalment(int percentage, String description) {
    }

    public record Terms(Map<ContractPart, String> parts, BigDecimal performanceBond, int shortfallDeductionPercent,
                        int paymentDays, List<Instalment> instalments) {
    }

    private final ContractRepository contracts;
    private final ContractIndicatorRepository indicators;
    private final PaymentInstalmentRepository instalments;
    private final ProjectService projects;
    private final AwardService awards;
    private final CatalogueService catalogue;
    private final OrganisationRepository organisations;
    private final RulesService rules;
    private final AuditLog audit;
    private final PortalClock clock;
    private final ApplicationEventPublisher events;
    private final BidBondService bonds;

    ContractService(ContractRepository contracts, ContractIndicatorRepository indicators,
                    PaymentInstalmentRepository instalments, ProjectService projects, AwardService awards,
                    CatalogueService catalogue, OrganisationRepository organisations, RulesService rules, AuditLog audit,
                    PortalClock clock, ApplicationEventPublisher events, BidBondService bonds) {
        this.bonds = bonds;
        this.contracts = contracts;
        this.indicators = indicators;
        this.instalments = instalments;
        this.projects = projects;
        this.awards = awards;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Drafts the contract from the project and its award; the purchaser completes it next. */
    @Transactional
    public Contract draft(long projectId, long awardId) {
        ProcurementProject p = projects.project(projectId);
        Award award = awards.award(awardId);
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        String prefix = "HT-" + p.getCode() + "-";
        Contract contract = contracts.save(new Contract(prefix + (contracts.countByCodeStartingWith(prefix) + 1),
                projectId, awardId, p.getPurchaserId(), award.getProviderId(), p.getTitle(), award.getAmount(),
                p.getTermStart(), p.getTermEnd(), book.days(Rule.SME_PAYMENT_DAYS)));
        StringJoiner content = new StringJoiner("；");
        StringJoiner targets = new StringJoiner("；");
        for (ProjectItem line : projects.items(projectId)) {
            CatalogueItem item = catalogue.item(line.getCatalogueItemId());
            content.add("%s %s %s".formatted(item.getName(), line.getQuantity().stripTrailingZeros().toPlainString(),
                    item.getUnit().label()));
            for (CatalogueIndicator i : catalogue.indicators(item.getId())) {
                BigDecimal target = Money.normalise(i.getTargetPerUnit().multiply(line.getQuantity()));
                indicators.save(new ContractIndicator(contract.getId(), i.getGroup(), i.getMeasure(), i.getName(), target));
                targets.add("%s：%s".formatted(i.getName(), target.stripTrailingZeros().toPlainString()));
            }
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(ContractPart.SERVICE_RECIPIENTS.field(), p.getServiceRecipients());
        parts.put(ContractPart.SERVICE_CONTENT.field(), content.toString());
        parts.put(ContractPart.SERVICE_TERM.field(), "自 %s 起至 %s 止".formatted(p.getTermStart(), p.getTermEnd()));
        parts.put(ContractPart.QUANTITY_AND_QUALITY.field(), "按采购文件、响应文件及本合同绩效目标提供服务，数量不少于：" + targets);
        parts.put(ContractPart.PRICE_AND_SETTLEMENT.field(), "合同总价人民币 %s 元（含税），按本合同约定的分期计划经验收合格后支付。"
                .formatted(award.getAmount().toPlainString()));
        parts.put(ContractPart.PERFORMANCE_TARGETS.field(), targets.toString());
        contract.parts(parts);
        instalments.save(new PaymentInstalment(contract.getId(), 1, 100, "服务期满验收合格后一次性支付"));
        audit.record(AuditLog.SYSTEM, "contract.draft", Contract.class, contract.getId(), null,
                Map.of("code", contract.getCode(), "amount", contract.getAmount(), "provider", contract.getProviderId()));
        events.publishEvent(new ContractChanged(contract.getId(), "drafted"));
        return contract;
    }

    /** The purchaser completes the contract; refused unless every mandatory part and term is in order. */
    void prepare(Actor actor, long contractId, Terms terms) {
        actor.require(Role.PURCHASER);
        Contract contract = contract(contractId);
        actor.requireOrganisation(contract.getPurchaserId());
        if (contract.getStatus() != Contract.Status.DRAFT && contract.getStatus() != Contract.Status.READY_FOR_SIGNATURE) {
            throw PortalException.conflict(null, "error.contract.not-editable", contract.getStatus());
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (ContractPart part : ContractPart.values()) {
            String text = terms.parts() == null ? null : terms.parts().get(part);
            if (text == null || text.isBlank()) {
                throw PortalException.invalid(part.field(), "error.contract.part-missing");
            }
            if (text.length() > Contract.PART_MAX) {
                throw PortalException.invalid(part.field(), "error.size", 1, Contract.PART_MAX);
            }
            if (Texts.hasControlCharacters(text)) {
                throw PortalException.invalid(part.field(), "error.text.control");
            }
            parts.put(part.field(), text.strip());
        }
        RuleBook book = rules.forJurisdiction(projects.project(contract.getProjectId()).getJurisdictionCode());
        BigDecimal bond = terms.performanceBond() == null ? Money.ZERO : terms.performanceBond();
        if (bond.signum() < 0 || bond.scale() > 2) {
            throw PortalException.invalid("performanceBond", "error.not-negative");
        }
        BigDecimal maxBond = Money.percentOf(contract.getAmount(), book.percent(Rule.PERFORMANCE_BOND_MAX_PERCENT));
        if (bond.compareTo(maxBond) > 0) {
            throw PortalException.invalid("performanceBond", "error.contract.bond-too-high",
                    book.percent(Rule.PERFORMANCE_BOND_MAX_PERCENT), maxBond);
        }
        if (terms.shortfallDeductionPercent() < 0 || terms.shortfallDeductionPercent() > 100) {
            throw PortalException.invalid("shortfallDeductionPercent", "error.max", 100);
        }
        Organisation provider = organisations.findById(contract.getProviderId()).orElseThrow();
        int maxDays = book.days(Rule.SME_PAYMENT_DAYS);
        if (terms.paymentDays() < 1 || (provider.getSmeSize() != null && provider.getSmeSize().isSme()
                && terms.paymentDays() > maxDays)) {
            throw PortalException.invalid("paymentDays", "error.contract.payment-days", maxDays);
        }
        List<Instalment> schedule = terms.instalments() == null ? List.of() : terms.instalments();
        if (schedule.isEmpty() || schedule.stream().anyMatch(i -> i.percentage() <= 0
                || i.description() == null || i.description().isBlank())
                || schedule.stream().mapToInt(Instalment::percentage).sum() != 100) {
            throw PortalException.invalid("instalments", "error.contract.instalments");
        }
        Map<String, String> before = contract.parts();
        contract.parts(parts);
        contract.terms(Money.normalise(bond), terms.shortfallDeductionPercent(), terms.paymentDays());
        instalments.deleteByContractId(contractId);
        instalments.flush();
        for (int i = 0; i < schedule.size(); i++) {
            instalments.save(new PaymentInstalment(contractId, i + 1, schedule.get(i).percentage(),
                    schedule.get(i).description().strip()));
        }
        audit.record(actor, "contract.prepare", Contract.class, contractId, before, Map.of("parts", parts,
                "performanceBond", bond, "shortfallDeductionPercent", terms.shortfallDeductionPercent(),
                "paymentDays", terms.paymentDays(), "instalments", schedule));
        events.publishEvent(new ContractChanged(contractId, "prepared"));
    }

    void signAsProvider(Actor actor, long contractId, boolean agreed) {
        actor.require(Role.PROVIDER);
        Contract contract = signable(contractId, agreed);
        actor.requireOrganisation(contract.getProviderId());
        contract.signByProvider(actor.username(), clock.now());
        bondsOwedIfSigned(contract);
        audit.record(actor, "contract.sign-provider", Contract.class, contractId, null, Map.of("status", contract.getStatus()));
        events.publishEvent(new ContractChanged(contractId, "signed by provider"));
    }

    void signAsPurchaser(Actor actor, long contractId, boolean agreed) {
        actor.require(Role.PURCHASER);
        Contract contract = signable(contractId, agreed);
        actor.requireOrganisation(contract.getPurchaserId());
        contract.signByPurchaser(actor.username(), clock.now());
        bondsOwedIfSigned(contract);
        audit.record(actor, "contract.sign-purchaser", Contract.class, contractId, null, Map.of("status", contract.getStatus()));
        events.publishEvent(new ContractChanged(contractId, "signed by purchaser"));
    }

    /** Signed by both: the winner's bid bond is owed back (87号令 38). */
    private void bondsOwedIfSigned(Contract contract) {
        if (contract.getStatus() == Contract.Status.SIGNED) {
            bonds.contractSigned(contract.getProjectId(), java.util.Set.of(contract.getProviderId()));
        }
    }

    void escalate(Actor actor, long projectId, String instruction) {
        actor.require(Role.PURCHASER_HEAD);
        actor.requireOrganisation(projects.project(projectId).getPurchaserId());
        audit.record(actor, "contract.escalate-signing", ProcurementProject.class, projectId, null,
                Map.of("instruction", instruction));
    }

    /** Whether the project's newest contract (if any) is signed by both parties or beyond. */
    @Transactional(readOnly = true)
    public boolean signedFor(long projectId) {
        return contracts.findFirstByProjectIdOrderByIdDesc(projectId).map(c -> c.getStatus() != Contract.Status.DRAFT
                && c.getStatus() != Contract.Status.READY_FOR_SIGNATURE && c.getStatus() != Contract.Status.WITHDRAWN).orElse(false);
    }

    /** The award behind the project's unsigned draft was voided: the draft is withdrawn (a signed contract is not). */
    @Transactional
    public void withdrawUnsigned(long projectId, String reason) {
        contracts.findFirstByProjectIdOrderByIdDesc(projectId).filter(c -> c.getStatus() == Contract.Status.DRAFT
                || c.getStatus() == Contract.Status.READY_FOR_SIGNATURE).ifPresent(c -> {
                    Contract.Status before = c.getStatus();
                    c.moveTo(Contract.Status.WITHDRAWN);
                    audit.record(AuditLog.SYSTEM, "contract.withdraw", Contract.class, c.getId(), Map.of("status", before),
                            Map.of("status", Contract.Status.WITHDRAWN, "reason", reason));
                    events.publishEvent(new ContractChanged(c.getId(), "withdrawn"));
                });
    }

    @Transactional(readOnly = true)
    public Contract contract(long id) {
        return contracts.findById(id).orElseThrow(() -> PortalException.notFound("Contract", id));
    }

    @Transactional(readOnly = true)
    public Contract ofProject(long projectId) {
        return contracts.findFirstByProjectIdOrderByIdDesc(projectId)
                .orElseThrow(() -> PortalException.notFound("Contract", "project " + projectId));
    }

    @Transactional(readOnly = true)
    public List<ContractIndicator> indicators(long contractId) {
        return indicators.findByContractIdOrderById(contractId);
    }

    @Transactional(readOnly = true)
    public List<PaymentInstalment> instalments(long contractId) {
        return instalments.findByContractIdOrderBySeq(contractId);
    }

    /** Contracts the actor may read: own organisation's, or all for supervisors, finance and justice. */
    @Transactional(readOnly = true)
    public List<Contract> visibleTo(Actor actor) {
        if (actor.has(Role.SUPERVISOR) || actor.has(Role.FINANCE) || actor.has(Role.JUSTICE) || actor.has(Role.ADMIN)) {
            return contracts.findAllByOrderByIdDesc();
        }
        if (actor.has(Role.PROVIDER)) {
            return contracts.findByProviderIdOrderByIdDesc(actor.organisationId());
        }
        actor.require(Role.PURCHASER, Role.PURCHASER_HEAD);
        return contracts.findByPurchaserIdOrderByIdDesc(actor.organisationId());
    }

    private Contract signable(long contractId, boolean agreed) {
        Contract contract = contract(contractId);
        if (contract.getStatus() != Contract.Status.READY_FOR_SIGNATURE) {
            throw PortalException.conflict(null, "error.contract.not-ready", contract.getStatus());
        }
        if (!agreed) {
            throw PortalException.invalid("agreed", "error.contract.agree");
        }
        return contract;
    }
}
