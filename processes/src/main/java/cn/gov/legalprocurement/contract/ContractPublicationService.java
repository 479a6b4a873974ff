package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.time.Duration;
import java.time.Instant;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.documents.TemplateText;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.Fingerprint;
import cn.gov.legalprocurement.shared.PortalClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed contract made public: rendered to an archival PDF from its catalogue class's template and
 * fingerprinted (SHA-256 of the PDF, or of its canonical text where no renderer is deployed) when both have
 * signed; announced with the web text of the same template within {@code contract-publication-working-days},
 * by the purchaser or else by the portal; verified against its fingerprint on request.
 */
@Service
public class ContractPublicationService {

    static final String SIGNED_CONTRACT = "SIGNED_CONTRACT";

    private final ContractService contracts;
    private final ProjectService projects;
    private final CatalogueService catalogue;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final DocumentArchive documents;
    private final AuditLog audit;
    private final PortalClock clock;
    private final ApplicationEventPublisher events;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final ContractPublicationProcess process;

    ContractPublicationService(ContractService contracts, ProjectService projects, CatalogueService catalogue,
                               OrganisationRepository organisations, PublicationService publication,
                               DocumentArchive documents, AuditLog audit, PortalClock clock,
                               ApplicationEventPublisher events, RulesService rules, DeadlineService deadlines,
                               ContractPublicationProcess process) {
        this.rules = rules;
        this.deadlines = deadlines;
        this.process = process;
        this.contracts = contracts;
        this.projects = projects;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.publication = publication;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Both parties signed: the contract comes into force. Its fingerprint is the SHA-256 of the archived PDF/A
     * where a renderer is deployed, else of the contract's canonical text. Its publication falls due within
     * {@code contract-publication-working-days} of the signing (实施条例 50).
     */
    @Transactional
    public Instant seal(long contractId) {
        Contract contract = contracts.contract(contractId);
        if (contract.getStatus() != Contract.Status.SIGNED) {
            throw new IllegalStateException("Contract " + contract.getCode() + " is not signed by both parties");
        }
        DocumentTemplate template = template(contract);
        Map<String, String> values = DocumentModels.contract(documentData(contract));
        Optional<StoredDocument> pdf = documents.render(Contract.class, contractId, SIGNED_CONTRACT, contract.getCode() + ".pdf",
                template, values);
        contract.inForce(pdf.map(StoredDocument::getSha256).orElseGet(() -> Fingerprint.sha256(TemplateText.plain(template, values))));
        audit.record(AuditLog.SYSTEM, "contract.seal", Contract.class, contractId, null,
                Map.of("sha256", contract.getDocumentSha256()));
        ProcurementProject p = projects.project(contract.getProjectId());
        Instant due = deadlines.workingDaysEnd(contract.signedAt(),
                rules.forJurisdiction(p.getJurisdictionCode()).workingDays(Rule.CONTRACT_PUBLICATION_WORKING_DAYS));
        process.start(p.getCode(), contract, due, due.minus(Duration.ofHours(1)));
        events.publishEvent(new ContractChanged(contractId, "in force"));
        return due;
    }

    /** The purchaser publishes the signed contract, once. */
    @Transactional
    public void publish(Actor actor, long contractId) {
        actor.require(Role.PURCHASER);
        actor.requireOrganisation(contracts.contract(contractId).getPurchaserId());
        announce(actor.username(), contractId);
    }

    /** The last hour of the publication period came and the purchaser had not published it: the portal does. */
    @Transactional
    public void publishAtDeadline(long contractId) {
        announce(AuditLog.SYSTEM, contractId);
    }

    /** The text the contract's announcement carries: the contract as published, and its fingerprint. */
    @Transactional(readOnly = true)
    public String publicText(long contractId) {
        Contract contract = contracts.contract(contractId);
        return canonicalText(contract) + "\n文件指纹（SHA-256）：" + contract.getDocumentSha256();
    }

    private void announce(String publishedBy, long contractId) {
        Contract contract = contracts.contract(contractId);
        if (contract.getDocumentSha256() == null || contract.getPublishedAt() != null) {
            throw PortalException.conflict(null, "error.contract.publication-not-open", contract.getCode());
        }
        contract.published(clock.now());
        publication.publish(contract.getProjectId(), Announcement.Kind.CONTRACT, contract.getTitle() + " 合同公告",
                publicText(contractId), null, signedPdf(contractId));
        audit.record(publishedBy, "contract.publish", Contract.class, contractId, null,
                Map.of("sha256", contract.getDocumentSha256()));
        events.publishEvent(new ContractChanged(contractId, "published"));
    }

    /** The signed contract's archived PDF, where one was rendered. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> signedPdf(long contractId) {
        return documents.latest(Contract.class, contractId, SIGNED_CONTRACT);
    }

    /** The written contract of the purchased item's catalogue class. */
    private DocumentTemplate template(Contract contract) {
        return DocumentTemplate.contractFor(catalogue.item(projects.items(contract.getProjectId()).get(0)
                .getCatalogueItemId()).getClassCode());
    }

    private DocumentModels.ContractData documentData(Contract c) {
        ProcurementProject p = projects.project(c.getProjectId());
        Organisation purchaser = organisations.findById(c.getPurchaserId()).orElseThrow();
        Organisation provider = organisations.findById(c.getProviderId()).orElseThrow();
        DocumentModels.Parties parties = new DocumentModels.Parties(purchaser.getName(), provider.getName(),
                signature(c.getPurchaserSignedBy(), c.getPurchaserSignedAt()), signature(c.getProviderSignedBy(), c.getProviderSignedAt()));
        List<String[]> schedule = contracts.instalments(c.getId()).stream()
                .map(i -> new String[]{String.valueOf(i.getSeq()), i.getPercentage() + "%", i.getDescription()}).toList();
        List<String[]> targets = contracts.indicators(c.getId()).stream()
                .map(i -> new String[]{i.getGroup().label(), i.getName(),
                        i.getTarget().stripTrailingZeros().toPlainString() + " " + i.getMeasure().unit()})
                .toList();
        return new DocumentModels.ContractData(c.getCode(), p.getCode(), c.getTitle(), p.getMethod().label(), parties,
                provider.getCreditCode(), c.parts(), c.getTermStart().toString(), c.getTermEnd().toString(), c.getAmount(),
                c.getPerformanceBond(), c.getPaymentDays(), c.getShortfallDeductionPercent(), schedule, targets);
    }

    private static String signature(String by, java.time.Instant at) {
        return by == null ? null : by + " " + PortalClock.minutes(at);
    }

    /**
     * The contract as published, from the template its PDF is rendered from: every part, the parties and
     * their signatures, amounts, targets and schedule. It is what the announcement shows, what search
     * indexes, and the fingerprinted text where no PDF renderer is deployed.
     */
    @Transactional(readOnly = true)
    public String canonicalText(Contract contract) {
        return TemplateText.plain(template(contract), DocumentModels.contract(documentData(contract)));
    }

    /** Recomputes the fingerprint (of the archived PDF, or of the text) and compares it with the stored one. */
    @Transactional(readOnly = true)
    public boolean verify(long contractId) {
        Contract contract = contracts.contract(contractId);
        if (contract.getDocumentSha256() == null) {
            return false;
        }
        return signedPdf(contractId)
                .map(pdf -> documents.verify(pdf.getId()) && pdf.getSha256().equals(contract.getDocumentSha256()))
                .orElseGet(() -> contract.getDocumentSha256().equals(Fingerprint.sha256(canonicalText(contract))));
    }
}
