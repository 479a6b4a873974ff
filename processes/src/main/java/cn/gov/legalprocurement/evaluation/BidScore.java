package cn.gov.legalprocurement.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One expert's quality (non-price) score of one bid. */
@Entity
@Table(name = "bid_score")
public class BidScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "committee_id", nullable = false)
    private Long committeeId;
    @Column(name = "expert_id", nullable = false)
    private Long expertId;
    @Column(name = "bid_id", nullable = false)
    private Long bidId;
    @Column(name = "quality_score", nullable = false)
    private BigDecimal qualityScore;
    private String comment;
    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected BidScore() {
    }

    BidScore(Long committeeId, Long expertId, Long bidId, BigDecimal qualityScore, String comment, Instant scoredAt) {
        this.committeeId = committeeId;
        this.expertId = expertId;
        this.bidId = bidId;
        this.qualityScore = qualityScore;
        this.comment = comment;
        this.scoredAt = scoredAt;
    }

    public Long getExpertId() {
        return expertId;
    }

    public Long getBidId() {
        return bidId;
    }

    public BigDecimal getQualityScore() {
        return qualityScore;
    }

    public String getComment() {
        return comment;
    }
}
