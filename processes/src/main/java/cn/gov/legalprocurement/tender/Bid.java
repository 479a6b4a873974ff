package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.organisation.SmeSize;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bid (or response) of one provider in one round. Until the opening only what the bidder's browser
 * sealed exists: ciphertext under a key the bidder alone holds and a salted commitment (see
 * {@link SealedBid}). The bidder decrypts it at the opening; price and proposal are filled in then.
 */
@Entity
@Table(name = "bid")
public class Bid {

    public enum Status { SEALED, WITHDRAWN, DECRYPTED, QUALIFIED, DISQUALIFIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "tender_round", nullable = false)
    private int tenderRound;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    /** Who decrypted it at the opening; not recorded while it is sealed. */
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "sealed_content", nullable = false)
    private String sealedContent;
    @Column(nullable = false)
    private String commitment;
    @Column(name = "decrypted_at")
    private Instant decryptedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private BigDecimal price;
    @Column(name = "technical_proposal")
    private String technicalProposal;
    @Enumerated(EnumType.STRING)
    @Column(name = "sme_size")
    private SmeSize smeSize;
    @Column(name = "disqualification_reason")
    private String disqualificationReason;
    @Column(name = "evaluated_price")
    private BigDecimal evaluatedPrice;
    @Column(name = "price_score")
    private BigDecimal priceScore;
    @Column(name = "quality_score")
    private BigDecimal qualityScore;
    @Column(name = "total_score")
    private BigDecimal totalScore;
    @Column(name = "rank_no")
    private Integer rankNo;

    protected Bid() {
    }

    Bid(Long projectId, int tenderRound, Long providerId, Instant submittedAt, String sealedContent, String commitment) {
        this.projectId = projectId;
        this.tenderRound = tenderRound;
        this.providerId = providerId;
        this.submittedAt = submittedAt;
        this.sealedContent = sealedContent;
        this.commitment = commitment;
        this.status = Status.SEALED;
    }

    /** Why a bid its bidder did not decrypt in the window counts as withdrawn (电子招标投标办法). */
    static final String NOT_DECRYPTED = "投标人未在解密时限内解密，视为撤回投标";

    /** Withdrawn or replaced by the bidder before the deadline, or not decrypted in time (with the reason). */
    void withdraw(String reason) {
        this.status = Status.WITHDRAWN;
        this.disqualificationReason = reason;
    }

    /**
     * Decrypted by its bidder at the opening. A problem found in the content (a price that is no price, a
     * file that is no PDF) is kept and disqualifies the bid when the opening closes.
     */
    void decrypted(String by, Instant at, BigDecimal price, String technicalProposal, SmeSize smeSize, String problem) {
        this.submittedBy = by;
        this.decryptedAt = at;
        this.price = price;
        this.technicalProposal = technicalProposal;
        this.smeSize = smeSize;
        this.disqualificationReason = problem;
        this.status = Status.DECRYPTED;
    }

    void qualify() {
        this.status = Status.QUALIFIED;
    }

    void disqualify(String reason) {
        this.status = Status.DISQUALIFIED;
        this.disqualificationReason = reason;
    }

    /** The negotiation panel finds the response does not meet the requirements: the supplier leaves the negotiation. */
    public void eliminate(String reason) {
        disqualify(reason);
    }

    public void score(BigDecimal evaluatedPrice, BigDecimal priceScore, BigDecimal qualityScore, BigDecimal totalScore) {
        this.evaluatedPrice = evaluatedPrice;
        this.priceScore = priceScore;
        this.qualityScore = qualityScore;
        this.totalScore = totalScore;
    }

    public void rank(Integer rankNo) {
        this.rankNo = rankNo;
    }

    /** A re-evaluation starts from nothing. */
    public void clearScores() {
        score(null, null, null, null);
        rank(null);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getTenderRound() {
        return tenderRound;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSealedContent() {
        return sealedContent;
    }

    /** The salted commitment; shown to its own bidder only until the opening. */
    public String getCommitment() {
        return commitment;
    }

    public Instant getDecryptedAt() {
        return decryptedAt;
    }

    public Status getStatus() {
        return status;
    }

    /** The bid reached the opening: sealed at the deadline, then decrypted, or counted as withdrawn for not being decrypted. */
    public boolean reachedOpening() {
        return status == Status.DECRYPTED || status == Status.QUALIFIED || status == Status.DISQUALIFIED
                || status == Status.WITHDRAWN && NOT_DECRYPTED.equals(disqualificationReason);
    }

    public boolean isQualified() {
        return status == Status.QUALIFIED;
    }

    /** Null until the bidder decrypts it at the opening. */
    public BigDecimal getPrice() {
        return price;
    }

    public String getTechnicalProposal() {
        return technicalProposal;
    }

    public SmeSize getSmeSize() {
        return smeSize;
    }

    public String getDisqualificationReason() {
        return disqualificationReason;
    }

    public BigDecimal getEvaluatedPrice() {
        return evaluatedPrice;
    }

    public BigDecimal getPriceScore() {
        return priceScore;
    }

    public BigDecimal getQualityScore() {
        return qualityScore;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public Integer getRankNo() {
        return rankNo;
    }
}
