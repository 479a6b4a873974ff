package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.acceptance.AcceptanceEvaluation;
import cn.gov.legalprocurement.acceptance.AcceptanceService;
import cn.gov.legalprocurement.catalogue.CatalogueClass;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractPublicationService;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.performance.PerformanceService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a contract's search document from the database, the one source of truth. */
@Service
public class ContractSearchDocuments {

    private final ContractService contracts;
    private final ContractPublicationService publication;
    private final ProjectService projects;
    private final CatalogueService catalogue;
    private final OrganisationRepository organisations;
    private final PaymentService payments;
    private final PerformanceService performance;
    private final AcceptanceService acceptance;
    private final DocumentArchive documents;

    ContractSearchDocuments(ContractService contracts, ContractPublicationService publication, ProjectService projects, CatalogueService catalogue,
                            OrganisationRepository organisations, PaymentService payments, PerformanceService performance,
                            AcceptanceService acceptance, DocumentArchive documents) {
        this.contracts = contracts;
        this.publication = publication;
        this.projects = projects;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.payments = payments;
        this.performance = performance;
        this.acceptance = acceptance;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public ContractSearchDocument of(long contractId) {
        Contract c = contracts.contract(contractId);
        ProcurementProject p = projects.project(c.getProjectId());
        List<CatalogueItem> items = projects.items(p.getId()).stream().map(i -> catalogue.item(i.getCatalogueItemId())).toList();
        Map<String, String> classNames = catalogue.classes().stream()
                .collect(Collectors.toMap(CatalogueClass::getCode, CatalogueClass::getName));
        String classCode = items.isEmpty() ? null : items.get(0).getClassCode();
        String attachments = documents.of(Contract.class, contractId).stream().map(StoredDocument::getExtractedText)
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
        Instant signedAt = c.getProviderSignedAt() == null || c.getPurchaserSignedAt() == null ? null
                : c.getProviderSignedAt().isAfter(c.getPurchaserSignedAt()) ? c.getProviderSignedAt() : c.getPurchaserSignedAt();
        List<AcceptanceEvaluation> evaluations = acceptance.evaluations(contractId);
        Double acceptanceScore = evaluations.isEmpty() ? null
                : evaluations.get(evaluations.size() - 1).getTotalScore().doubleValue();
        Double delivery = performance.reports(contractId).isEmpty() ? null : performance.deliveryRatio(contractId).doubleValue();
        BigDecimal satisfaction = performance.satisfactionAverage(contractId);
        return new ContractSearchDocument(c.getId(), c.getCode(), p.getCode(), c.getTitle(),
                publication.canonicalText(c) + (attachments.isEmpty() ? "" : "\n" + attachments),
                c.getStatus().name(), p.getMethod().name(), p.getMethod().label(), c.getPurchaserId(),
                organisations.findById(c.getPurchaserId()).orElseThrow().getName(), c.getProviderId(),
                organisations.findById(c.getProviderId()).orElseThrow().getName(), classCode, classNames.get(classCode),
                items.stream().map(CatalogueItem::getName).toList(), p.getJurisdictionCode(), Money.toFen(c.getAmount()),
                Money.toFen(payments.paidSoFar(contractId)), p.getFiscalYear(), signedAt, c.getPublishedAt(),
                c.getTermStart(), c.getTermEnd(), delivery, acceptanceScore,
                satisfaction == null ? null : satisfaction.doubleValue(), c.getPublishedAt() != null);
    }
}
