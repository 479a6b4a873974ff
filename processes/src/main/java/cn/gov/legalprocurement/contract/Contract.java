package cn.gov.legalprocurement.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The written service contract. The eight mandatory parts (服务对象, 服务内容, 服务期限, 数量质量,
 * 权利义务, 价款结算, 绩效目标, 违约责任) are fields of their own: a contract missing one cannot be
 * sent for signature.
 */
@Entity
@Table(name = "contract")
public class Contract {

    /** The longest text of one mandatory part (the columns hold 4,000 characters). */
    public static final int PART_MAX = 4000;

    /** {@code WITHDRAWN}: an unsigned draft whose award a complaint's decision voided. */
    public enum Status { DRAFT, READY_FOR_SIGNATURE, SIGNED, IN_FORCE, ACCEPTED, CLOSED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "award_id", nullable = false)
    private Long awardId;
    @Column(name = "purchaser_id", nullable = false)
    private Long purchaserId;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private BigDecimal amount;
    /** The amount signed in the contract itself; {@link #amount} adds the signed supplementary contracts. */
    @Column(name = "original_amount")
    private BigDecimal originalAmount;
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;
    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;
    @Column(name = "service_recipients")
    private String serviceRecipients;
    @Column(name = "service_content")
    private String serviceContent;
    @Column(name = "service_term")
    private String serviceTerm;
    @Column(name = "quantity_and_quality")
    private String quantityAndQuality;
    @Column(name = "rights_and_obligations")
    private String rightsAndObligations;
    @Column(name = "price_and_settlement")
    private String priceAndSettlement;
    @Column(name = "performance_targets")
    private String performanceTargets;
    @Column(name = "liability_for_breach")
    private String liabilityForBreach;
    @Column(name = "performance_bond", nullable = false)
    private BigDecimal performanceBond;
    @Column(name = "shortfall_deduction_percent", nullable = false)
    private int shortfallDeductionPercent;
    @Column(name = "payment_days", nullable = false)
    private int paymentDays;
    @Column(name = "provider_signed_by")
    private String providerSignedBy;
    @Column(name = "provider_signed_at")
    private Instant providerSignedAt;
    @Column(name = "purchaser_signed_by")
    private String purchaserSignedBy;
    @Column(name = "purchaser_signed_at")
    private Instant purchaserSignedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "filing_due")
    private Instant filingDue;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Column(name = "filed_by")
    private String filedBy;
    @Column(name = "document_sha256")
    private String documentSha256;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Version
    private long version;

    protected Contract() {
    }

    Contract(String code, Long projectId, Long awardId, Long purchaserId, Long providerId, String title,
             BigDecimal amount, LocalDate termStart, LocalDate termEnd, int paymentDays) {
        this.code = code;
        this.projectId = projectId;
        this.awardId = awardId;
        this.purchaserId = purchaserId;
        this.providerId = providerId;
        this.title = title;
        this.amount = amount;
        this.originalAmount = amount;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.performanceBond = BigDecimal.ZERO.setScale(2);
        this.paymentDays = paymentDays;
        this.status = Status.DRAFT;
    }

    /** Sets the parts given by field name; a part not given is left unwritten (null). */
    void parts(Map<String, String> parts) {
        for (ContractPart part : ContractPart.values()) {
            setPart(part, parts.get(part.field()));
        }
    }

    /** The eight parts by field name, in the contract's order (null where not yet written). */
    public Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        for (ContractPart part : ContractPart.values()) {
            parts.put(part.field(), part(part));
        }
        return parts;
    }

    public String part(ContractPart part) {
        return switch (part) {
            case SERVICE_RECIPIENTS -> serviceRecipients;
            case SERVICE_CONTENT -> serviceContent;
            case SERVICE_TERM -> serviceTerm;
            case QUANTITY_AND_QUALITY -> quantityAndQuality;
            case RIGHTS_AND_OBLIGATIONS -> rightsAndObligations;
            case PRICE_AND_SETTLEMENT -> priceAndSettlement;
            case PERFORMANCE_TARGETS -> performanceTargets;
            case LIABILITY_FOR_BREACH -> liabilityForBreach;
        };
    }

    private void setPart(ContractPart part, String text) {
        switch (part) {
            case SERVICE_RECIPIENTS -> serviceRecipients = text;
            case SERVICE_CONTENT -> serviceContent = text;
            case SERVICE_TERM -> serviceTerm = text;
            case QUANTITY_AND_QUALITY -> quantityAndQuality = text;
            case RIGHTS_AND_OBLIGATIONS -> rightsAndObligations = text;
            case PRICE_AND_SETTLEMENT -> priceAndSettlement = text;
            case PERFORMANCE_TARGETS -> performanceTargets = text;
            case LIABILITY_FOR_BREACH -> liabilityForBreach = text;
        }
    }

    void terms(BigDecimal performanceBond, int shortfallDeductionPercent, int paymentDays) {
        this.performanceBond = performanceBond;
        this.shortfallDeductionPercent = shortfallDeductionPercent;
        this.paymentDays = paymentDays;
        this.status = Status.READY_FOR_SIGNATURE;
    }

    void signByProvider(String by, Instant at) {
        this.providerSignedBy = by;
        this.providerSignedAt = at;
        signedIfBoth();
    }

    void signByPurchaser(String by, Instant at) {
        this.purchaserSignedBy = by;
        this.purchaserSignedAt = at;
        signedIfBoth();
    }

    private void signedIfBoth() {
        if (providerSignedAt != null && purchaserSignedAt != null) {
            this.status = Status.SIGNED;
        }
    }

    /** Both signed: the contract is in force, its document fingerprinted. */
    void inForce(String sha256) {
        this.documentSha256 = sha256;
        this.status = Status.IN_FORCE;
    }

    void published(Instant at) {
        this.publishedAt = at;
    }

    /** A supplementary contract is signed: the contract's amount grows by it. */
    void supplemented(BigDecimal added) {
        this.amount = this.amount.add(added);
    }

    /** The amount signed in the contract itself, before supplementary contracts. */
    public BigDecimal getOriginalAmount() {
        return originalAmount == null ? amount : originalAmount;
    }

    public void moveTo(Status status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getAwardId() {
        return awardId;
    }

    public Long getPurchaserId() {
        return purchaserId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public BigDecimal getPerformanceBond() {
        return performanceBond;
    }

    public int getShortfallDeductionPercent() {
        return shortfallDeductionPercent;
    }

    public int getPaymentDays() {
        return paymentDays;
    }

    public String getProviderSignedBy() {
        return providerSignedBy;
    }

    /** When both parties had signed: the later signature. */
    public Instant signedAt() {
        if (providerSignedAt == null || purchaserSignedAt == null) {
            return null;
        }
        return providerSignedAt.isAfter(purchaserSignedAt) ? providerSignedAt : purchaserSignedAt;
    }

    void filingDueBy(Instant due) {
        this.filingDue = due;
    }

    void filed(String by, Instant at) {
        this.filedBy = by;
        this.filedAt = at;
    }

    /** Filed after its deadline, or not filed and past it. */
    public boolean isFilingLate(Instant now) {
        return filingDue != null && (filedAt == null ? now.isAfter(filingDue) : filedAt.isAfter(filingDue));
    }

    public Instant getFilingDue() {
        return filingDue;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getProviderSignedAt() {
        return providerSignedAt;
    }

    public String getPurchaserSignedBy() {
        return purchaserSignedBy;
    }

    public Instant getPurchaserSignedAt() {
        return purchaserSignedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public Status getStatus() {
        return status;
    }
}
