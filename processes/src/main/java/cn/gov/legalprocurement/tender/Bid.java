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
 * A bid (or response) of one provider in one round. Until the bid deadline only the sealed
 * (encrypted) content and its fingerprint exist: price and proposal are filled in at opening.
 */
@Entity
@Table(name = "bid")
public class Bid {

    public enum Status { SEALED, WITHDRAWN, QUALIFIED, DISQUALIFIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "tender_round", nullable = false)
    private int tenderRound;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "sealed_content", nullable = false)
    private String sealedContent;
    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;
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

    Bid(Long projectId, int tenderRound, Long providerId, String submittedBy, Instant submittedAt,
        String sealedContent, String contentSha256) {
        this.projectId = projectId;
        this.tenderRound = tenderRound;
        this.providerId = providerId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.sealedContent = sealedContent;
        this.contentSha256 = contentSha256;
        this.status = Status.SEALED;
    }

    void withdraw() {
        this.status = Status.WITHDRAWN;
    }

    void open(BigDecimal price, String technicalProposal, SmeSize smeSize) {
        this.price = price;
        this.technicalProposal = technicalProposal;
        this.smeSize = smeSize;
        this.status = Status.QUALIFIED;
    }

    void disqualify(String reason) {
        this.status = Status.DISQUALIFIED;
        this.disqualificationReason = reason;
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

    public String getContentSha256() {
        return contentSha256;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isQualified() {
        return status == Status.QUALIFIED;
    }

    /** Null until the bids are opened. */
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
