package cn.gov.legalprocurement.project;

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

/** One purchase of legal services, from application to close. */
@Entity
@Table(name = "procurement_project")
public class ProcurementProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String title;
    @Column(name = "purchaser_id", nullable = false)
    private Long purchaserId;
    @Column(nullable = false)
    private String applicant;
    @Column(name = "jurisdiction_code", nullable = false)
    private String jurisdictionCode;
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;
    @Column(name = "estimated_amount", nullable = false)
    private BigDecimal estimatedAmount;
    @Column(name = "service_recipients", nullable = false)
    private String serviceRecipients;
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;
    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;
    @Column(nullable = false)
    private boolean urgent;
    @Column(name = "sole_supplier", nullable = false)
    private boolean soleSupplier;
    @Column(name = "limited_suppliers", nullable = false)
    private boolean limitedSuppliers;
    @Column(name = "framework_suitable", nullable = false)
    private boolean frameworkSuitable;
    private String justification;
    @Column(name = "add_on_to_contract_id")
    private Long addOnToContractId;
    @Column(name = "budget_line_id")
    private Long budgetLineId;
    @Column(name = "framework_agreement_id")
    private Long frameworkAgreementId;
    @Enumerated(EnumType.STRING)
    @Column(name = "call_off_rule")
    private CallOffRule callOffRule;
    @Enumerated(EnumType.STRING)
    private ProcurementMethod method;
    @Column(name = "method_reason")
    private String methodReason;
    @Column(name = "failed_tenders", nullable = false)
    private int failedTenders;
    @Column(name = "tender_round", nullable = false)
    private int tenderRound;
    /** The round in which the suppliers still in a negotiation or consultation give their final quotations; 0 if none. */
    @Column(name = "final_quotation_round", nullable = false)
    private int finalQuotationRound;
    @Column(name = "price_weight")
    private Integer priceWeight;
    @Column(name = "technical_criteria")
    private String technicalCriteria;
    /** The bid bond each bidder lodges (投标保证金), zero when the documents ask none. */
    @Column(name = "bid_bond", nullable = false)
    private BigDecimal bidBond = BigDecimal.ZERO;

    /** Procured from SMEs only (财库〔2020〕46号); else, for a project up to the limit, the reason it is not. */
    @Column(name = "sme_reserved", nullable = false)
    private boolean smeReserved;

    @Column(name = "sme_waiver", length = 500)
    private String smeWaiver;
    @Column(name = "purchaser_representative")
    private String purchaserRepresentative;
    @Column(name = "bid_deadline")
    private Instant bidDeadline;
    @Column(name = "decryption_window_ends")
    private Instant decryptionWindowEnds;
    @Column(name = "notice_published_at")
    private Instant noticePublishedAt;
    @Column(name = "award_notice_at")
    private Instant awardNoticeAt;
    @Column(name = "challenge_window_ends")
    private Instant challengeWindowEnds;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStage stage;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected ProcurementProject() {
    }

    ProcurementProject(String code, String title, Long purchaserId, String applicant, String jurisdictionCode,
                       int fiscalYear, BigDecimal estimatedAmount, String serviceRecipients, LocalDate termStart,
                       LocalDate termEnd, Long budgetLineId, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.purchaserId = purchaserId;
        this.applicant = applicant;
        this.jurisdictionCode = jurisdictionCode;
        this.fiscalYear = fiscalYear;
        this.estimatedAmount = estimatedAmount;
        this.serviceRecipients = serviceRecipients;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.budgetLineId = budgetLineId;
        this.createdAt = createdAt;
        this.stage = ProjectStage.APPLICATION;
    }

    void flags(boolean urgent, boolean soleSupplier, boolean limitedSuppliers, boolean frameworkSuitable, String justification) {
        this.urgent = urgent;
        this.soleSupplier = soleSupplier;
        this.limitedSuppliers = limitedSuppliers;
        this.frameworkSuitable = frameworkSuitable;
        this.justification = justification;
    }

    /** An add-on purchase from the supplier of this contract (政府采购法 art. 31(3)). */
    void addOnTo(long contractId) {
        this.addOnToContractId = contractId;
    }

    /** A call-off under this framework agreement (its stage two, 110号令). */
    void callOffUnder(long agreementId) {
        this.frameworkAgreementId = agreementId;
    }

    /** Stage one of a framework agreement states how stage two will decide each call-off's supplier. */
    public void callOffsBy(CallOffRule rule) {
        this.callOffRule = rule;
    }

    void revise(String serviceRecipients, String justification) {
        this.serviceRecipients = serviceRecipients;
        this.justification = justification;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void moveTo(ProjectStage stage) {
        this.stage = stage;
    }

    public void useBudget(Long budgetLineId, BigDecimal estimatedAmount) {
        this.budgetLineId = budgetLineId;
        this.estimatedAmount = estimatedAmount;
    }

    public void decideMethod(ProcurementMethod method, String reason) {
        this.method = method;
        this.methodReason = reason;
    }

    public void tenderFailed() {
        this.failedTenders++;
    }

    /** Opens a new round of bidding with the purchaser's documents. */
    /** Whether the round's documents reserve the project for SMEs, and why not where the law would. */
    /** The purchaser's representative on the committee of the coming rounds (a user name), or none. */
    public void nameRepresentative(String username) {
        this.purchaserRepresentative = username;
    }

    public String getPurchaserRepresentative() {
        return purchaserRepresentative;
    }

    public void smeReservation(boolean reserved, String waiver) {
        this.smeReserved = reserved;
        this.smeWaiver = waiver;
    }

    public boolean isSmeReserved() {
        return smeReserved;
    }

    public String getSmeWaiver() {
        return smeWaiver;
    }

    public void openRound(int priceWeight, String technicalCriteria, BigDecimal bidBond, Instant bidDeadline,
                          Instant decryptionWindowEnds, Instant publishedAt) {
        this.tenderRound++;
        this.priceWeight = priceWeight;
        this.bidBond = bidBond;
        this.technicalCriteria = technicalCriteria;
        this.bidDeadline = bidDeadline;
        this.decryptionWindowEnds = decryptionWindowEnds;
        this.noticePublishedAt = publishedAt;
        this.awardNoticeAt = null;
        this.challengeWindowEnds = null;
    }

    /**
     * After the negotiation (consultation), a sealed round of final quotations from the suppliers still in it:
     * the documents, price weight and notice stay those of the negotiation.
     */
    public void openFinalQuotationRound(Instant deadline, Instant decryptionWindowEnds) {
        this.tenderRound++;
        this.finalQuotationRound = tenderRound;
        this.bidDeadline = deadline;
        this.decryptionWindowEnds = decryptionWindowEnds;
        this.awardNoticeAt = null;
        this.challengeWindowEnds = null;
    }

    /** A clarification that may affect the bids came too late: the bid deadline (and the decryption after it) moves. */
    public void moveBidDeadline(Instant deadline, Instant decryptionWindowEnds) {
        this.bidDeadline = deadline;
        this.decryptionWindowEnds = decryptionWindowEnds;
    }

    /** Whether the documents of a first round are out: published for bids (not a round of final quotations). */
    public boolean areDocumentsOut() {
        return stage == ProjectStage.TENDERING && noticePublishedAt != null && bidDeadline != null && !isFinalQuotationRound();
    }

    /** The round the current procurement began with: the one before a round of final quotations, else the current one. */
    public int firstResponseRound() {
        return isFinalQuotationRound() ? tenderRound - 1 : tenderRound;
    }

    /** Whether the current round is one of final quotations, open only to the suppliers still in the negotiation. */
    public boolean isFinalQuotationRound() {
        return tenderRound > 0 && finalQuotationRound == tenderRound;
    }

    public void awardPublished(Instant at, Instant challengeWindowEnds) {
        this.awardNoticeAt = at;
        this.challengeWindowEnds = challengeWindowEnds;
    }

    public void awardCancelled() {
        this.awardNoticeAt = null;
        this.challengeWindowEnds = null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public Long getPurchaserId() {
        return purchaserId;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public BigDecimal getEstimatedAmount() {
        return estimatedAmount;
    }

    public String getServiceRecipients() {
        return serviceRecipients;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isSoleSupplier() {
        return soleSupplier;
    }

    public boolean isLimitedSuppliers() {
        return limitedSuppliers;
    }

    public boolean isFrameworkSuitable() {
        return frameworkSuitable;
    }

    public String getJustification() {
        return justification;
    }

    /** The contract this purchase adds to, or null when it is not an add-on. */
    public Long getFrameworkAgreementId() {
        return frameworkAgreementId;
    }

    public boolean isCallOff() {
        return frameworkAgreementId != null;
    }

    public CallOffRule getCallOffRule() {
        return callOffRule;
    }

    public Long getAddOnToContractId() {
        return addOnToContractId;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public ProcurementMethod getMethod() {
        return method;
    }

    public String getMethodReason() {
        return methodReason;
    }

    public int getFailedTenders() {
        return failedTenders;
    }

    public int getTenderRound() {
        return tenderRound;
    }

    public Integer getPriceWeight() {
        return priceWeight;
    }

    public BigDecimal getBidBond() {
        return bidBond;
    }

    public String getTechnicalCriteria() {
        return technicalCriteria;
    }

    public Instant getBidDeadline() {
        return bidDeadline;
    }

    /** When the bidders' decryption at the opening ends: a bid still sealed then counts as withdrawn. */
    public Instant getDecryptionWindowEnds() {
        return decryptionWindowEnds;
    }

    /** Whether bidders may decrypt now: from the bid deadline until the decryption window ends. */
    public boolean isDecrypting(Instant now) {
        return bidDeadline != null && decryptionWindowEnds != null && !now.isBefore(bidDeadline)
                && now.isBefore(decryptionWindowEnds);
    }

    /** Whether the current round's decryption window is over (so its bids may be opened). */
    public boolean isDecryptionOver(Instant now) {
        return decryptionWindowEnds != null && !now.isBefore(decryptionWindowEnds);
    }

    public Instant getNoticePublishedAt() {
        return noticePublishedAt;
    }

    public Instant getAwardNoticeAt() {
        return awardNoticeAt;
    }

    public Instant getChallengeWindowEnds() {
        return challengeWindowEnds;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
