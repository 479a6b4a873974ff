package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.catalogue.CatalogueIndicator;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectItem;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Fingerprint;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.Award;
import cn.gov.legalprocurement.tender.TenderService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written contract: drafted from the project and the award, completed by the purchaser (all
 * eight parts, bond within the limit, a payment schedule of 100 %), signed by both parties and
 * published with the fingerprint of its content.
 */
@Service
public class ContractService {

    static final String OWNER = "Contract";
    static final String SIGNED_CONTRACT = "SIGNED_CONTRACT";

    public record Instalment(int percentage, String description) {
    }

    public record Terms(Map<String, String> parts, BigDecimal performanceBond, int shortfallDeductionPercent,
                        int paymentDays, List<Instalment> instalments) {
    }

    private final ContractRepository contracts;
    private final ContractIndicatorRepository indicators;
    private final PaymentInstalmentRepository instalments;
    private final ProjectService projects;
    private final TenderService tender;
    private final CatalogueService catalogue;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final RulesService rules;
    private final DocumentArchive documents;
    private final AuditLog audit;
    private final PortalClock clock;
    private final ApplicationEventPublisher events;

    ContractService(ContractRepository contracts, ContractIndicatorRepository indicators,
                    PaymentInstalmentRepository instalments, ProjectService projects, TenderService tender,
                    CatalogueService catalogue, OrganisationRepository organisations, PublicationService publication,
                    RulesService rules, DocumentArchive documents, AuditLog audit, PortalClock clock, ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.indicators = indicators;
        this.instalments = instalments;
        this.projects = projects;
        this.tender = tender;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.publication = publication;
        this.rules = rules;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Drafts the contract from the project and its award; the purchaser completes it next. */
    @Transactional
    public Contract draft(long projectId, long awardId) {
        ProcurementProject p = projects.project(projectId);
        Award award = tender.award(awardId);
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
        parts.put("serviceRecipients", p.getServiceRecipients());
        parts.put("serviceContent", content.toString());
        parts.put("serviceTerm", "自 %s 起至 %s 止".formatted(p.getTermStart(), p.getTermEnd()));
        parts.put("quantityAndQuality", "按采购文件、响应文件及本合同绩效目标提供服务，数量不少于：" + targets);
        parts.put("priceAndSettlement", "合同总价人民币 %s 元（含税），按本合同约定的分期计划经验收合格后支付。"
                .formatted(award.getAmount().toPlainString()));
        parts.put("performanceTargets", targets.toString());
        contract.parts(parts);
        instalments.save(new PaymentInstalment(contract.getId(), 1, 100, "服务期满验收合格后一次性支付"));
        audit.record(AuditLog.SYSTEM, "contract.draft", "Contract", contract.getId(), null,
                Map.of("code", contract.getCode(), "amount", contract.getAmount(), "provider", contract.getProviderId()));
        events.publishEvent(new ContractChanged(contract.getId(), "drafted"));
        return contract;
    }

    /** The purchaser completes the contract; refused unless every mandatory part and term is in order. */
    Map<String, Object> prepare(Actor actor, long contractId, Terms terms) {
        actor.require(Role.PURCHASER);
        Contract contract = contract(contractId);
        actor.requireOrganisation(contract.getPurchaserId());
        if (contract.getStatus() != Contract.Status.DRAFT && contract.getStatus() != Contract.Status.READY_FOR_SIGNATURE) {
            throw PortalException.conflict(null, "error.contract.not-editable", contract.getStatus());
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : Contract.MANDATORY_PARTS) {
            String text = terms.parts() == null ? null : terms.parts().get(part);
            if (text == null || text.isBlank()) {
                throw PortalException.invalid(part, "error.contract.part-missing");
            }
            if (text.length() > Contract.PART_MAX) {
                throw PortalException.invalid(part, "error.size", 1, Contract.PART_MAX);
            }
            parts.put(part, text.strip());
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
        audit.record(actor, "contract.prepare", "Contract", contractId, before, Map.of("parts", parts,
                "performanceBond", bond, "shortfallDeductionPercent", terms.shortfallDeductionPercent(),
                "paymentDays", terms.paymentDays(), "instalments", schedule));
        events.publishEvent(new ContractChanged(contractId, "prepared"));
        return Map.of();
    }

    Map<String, Object> signAsProvider(Actor actor, long contractId, boolean agreed) {
        actor.require(Role.PROVIDER);
        Contract contract = signable(contractId, agreed);
        actor.requireOrganisation(contract.getProviderId());
        contract.signByProvider(actor.username(), clock.now());
        audit.record(actor, "contract.sign-provider", "Contract", contractId, null, Map.of("status", contract.getStatus()));
        events.publishEvent(new ContractChanged(contractId, "signed by provider"));
        return Map.of();
    }

    Map<String, Object> signAsPurchaser(Actor actor, long contractId, boolean agreed) {
        actor.require(Role.PURCHASER);
        Contract contract = signable(contractId, agreed);
        actor.requireOrganisation(contract.getPurchaserId());
        contract.signByPurchaser(actor.username(), clock.now());
        audit.record(actor, "contract.sign-purchaser", "Contract", contractId, null, Map.of("status", contract.getStatus()));
        events.publishEvent(new ContractChanged(contractId, "signed by purchaser"));
        return Map.of();
    }

    Map<String, Object> escalate(Actor actor, long projectId, String instruction) {
        actor.require(Role.PURCHASER_HEAD);
        actor.requireOrganisation(projects.project(projectId).getPurchaserId());
        audit.record(actor, "contract.escalate-signing", "ProcurementProject", projectId, null,
                Map.of("instruction", instruction));
        return Map.of();
    }

    /**
     * Publishes the signed contract. Its fingerprint is the SHA-256 of the archived PDF/A where a
     * renderer is deployed, else of the contract's canonical text.
     */
    @Transactional
    public void publish(long contractId) {
        Contract contract = contract(contractId);
        if (contract.getStatus() != Contract.Status.SIGNED) {
            throw new IllegalStateException("Contract " + contract.getCode() + " is not signed by both parties");
        }
        String text = canonicalText(contract);
        Optional<StoredDocument> pdf = documents.render(OWNER, contractId, SIGNED_CONTRACT, contract.getCode() + ".pdf",
                DocumentTemplate.contractFor(catalogueClass(contract)), DocumentModels.contract(documentData(contract)));
        contract.published(clock.now(), pdf.map(StoredDocument::getSha256).orElseGet(() -> Fingerprint.sha256(text)));
        publication.publish(contract.getProjectId(), Announcement.Kind.CONTRACT, contract.getTitle() + " 合同公告",
                text + "\n文件指纹（SHA-256）：" + contract.getDocumentSha256(), null, pdf);
        audit.record(AuditLog.SYSTEM, "contract.publish", "Contract", contractId, null,
                Map.of("sha256", contract.getDocumentSha256()));
        events.publishEvent(new ContractChanged(contractId, "published"));
    }

    /** The signed contract's archived PDF, where one was rendered. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> signedPdf(long contractId) {
        return documents.latest(OWNER, contractId, SIGNED_CONTRACT);
    }

    private String catalogueClass(Contract contract) {
        return catalogue.item(projects.items(contract.getProjectId()).get(0).getCatalogueItemId()).getClassCode();
    }

    private DocumentModels.ContractData documentData(Contract c) {
        ProcurementProject p = projects.project(c.getProjectId());
        Organisation purchaser = organisations.findById(c.getPurchaserId()).orElseThrow();
        Organisation provider = organisations.findById(c.getProviderId()).orElseThrow();
        DocumentModels.Parties parties = new DocumentModels.Parties(purchaser.getName(), provider.getName(),
                signature(c.getPurchaserSignedBy(), c.getPurchaserSignedAt()), signature(c.getProviderSignedBy(), c.getProviderSignedAt()));
        List<String[]> schedule = instalments.findByContractIdOrderBySeq(c.getId()).stream()
                .map(i -> new String[]{String.valueOf(i.getSeq()), i.getPercentage() + "%", i.getDescription()}).toList();
        List<String[]> targets = indicators.findByContractIdOrderById(c.getId()).stream()
                .map(i -> new String[]{i.getGroup().label(), i.getName(), i.getTarget().stripTrailingZeros().toPlainString()})
                .toList();
        return new DocumentModels.ContractData(c.getCode(), p.getCode(), c.getTitle(), p.getMethod().label(), parties,
                provider.getCreditCode(), c.parts(), c.getTermStart().toString(), c.getTermEnd().toString(), c.getAmount(),
                c.getPerformanceBond(), schedule, targets);
    }

    private static String signature(String by, java.time.Instant at) {
        return by == null ? null : by + " " + PortalClock.minutes(at);
    }

    /** The contract as published: every part, the parties, amounts, targets and schedule. */
    @Transactional(readOnly = true)
    public String canonicalText(Contract contract) {
        Organisation purchaser = organisations.findById(contract.getPurchaserId()).orElseThrow();
        Organisation provider = organisations.findById(contract.getProviderId()).orElseThrow();
        StringBuilder text = new StringBuilder();
        text.append("合同编号：").append(contract.getCode()).append('\n')
                .append("合同名称：").append(contract.getTitle()).append('\n')
                .append("购买主体（甲方）：").append(purchaser.getName()).append('\n')
                .append("承接主体（乙方）：").append(provider.getName()).append('\n')
                .append("合同金额：").append(contract.getAmount().toPlainString()).append(" 元\n")
                .append("履约保证金：").append(contract.getPerformanceBond().toPlainString()).append(" 元\n");
        String[] titles = {"一、服务对象", "二、服务内容", "三、服务期限", "四、服务数量和质量要求", "五、双方权利义务",
                "六、价款及结算方式", "七、绩效目标", "八、违约责任"};
        List<String> values = new ArrayList<>(contract.parts().values());
        for (int i = 0; i < titles.length; i++) {
            text.append(titles[i]).append('\n').append(values.get(i)).append('\n');
        }
        for (PaymentInstalment i : instalments.findByContractIdOrderBySeq(contract.getId())) {
            text.append("第").append(i.getSeq()).append("期：").append(i.getPercentage()).append("%，")
                    .append(i.getDescription()).append('\n');
        }
        text.append("甲方签署：").append(contract.getPurchaserSignedBy()).append(' ').append(contract.getPurchaserSignedAt())
                .append('\n').append("乙方签署：").append(contract.getProviderSignedBy()).append(' ')
                .append(contract.getProviderSignedAt());
        return text.toString();
    }

    /** Recomputes the fingerprint (of the archived PDF, or of the text) and compares it with the stored one. */
    @Transactional(readOnly = true)
    public boolean verify(long contractId) {
        Contract contract = contract(contractId);
        if (contract.getDocumentSha256() == null) {
            return false;
        }
        return signedPdf(contractId)
                .map(pdf -> documents.verify(pdf.getId()) && pdf.getSha256().equals(contract.getDocumentSha256()))
                .orElseGet(() -> contract.getDocumentSha256().equals(Fingerprint.sha256(canonicalText(contract))));
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
