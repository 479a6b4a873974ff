package cn.gov.legalprocurement.acceptance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One round of acceptance evaluation: the three indicator groups scored by the purchaser with the
 * service recipients' representatives (and optionally a third party).
 */
@Entity
@Table(name = "acceptance_evaluation")
public class AcceptanceEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(name = "round_no", nullable = false)
    private int roundNo;
    @Column(name = "process_score", nullable = false)
    private BigDecimal processScore;
    @Column(name = "results_score", nullable = false)
    private BigDecimal resultsScore;
    @Column(name = "social_score", nullable = false)
    private BigDecimal socialScore;
    @Column(name = "total_score", nullable = false)
    private BigDecimal totalScore;
    @Column(nullable = false)
    private boolean passed;
    @Column(name = "recipient_representatives", nullable = false)
    private String recipientRepresentatives;
    @Column(name = "third_party")
    private String thirdParty;
    @Column(nullable = false)
    private String opinion;
    @Column(name = "evaluated_by", nullable = false)
    private String evaluatedBy;
    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;
    private String rectification;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected AcceptanceEvaluation() {
    }

    AcceptanceEvaluation(Long contractId, int roundNo, BigDecimal processScore, BigDecimal resultsScore,
                         BigDecimal socialScore, boolean passed, String recipientRepresentatives, String thirdParty,
                         String opinion, String evaluatedBy, Instant evaluatedAt) {
        this.contractId = contractId;
        this.roundNo = roundNo;
        this.processScore = processScore;
        this.resultsScore = resultsScore;
        this.socialScore = socialScore;
        this.totalScore = processScore.add(resultsScore).add(socialScore);
        this.passed = passed;
        this.recipientRepresentatives = recipientRepresentatives;
        this.thirdParty = thirdParty;
        this.opinion = opinion;
        this.evaluatedBy = evaluatedBy;
        this.evaluatedAt = evaluatedAt;
    }

    void rectified(String report) {
        this.rectification = report;
    }

    void published(Instant at) {
        this.publishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public int getRoundNo() {
        return roundNo;
    }

    public BigDecimal getProcessScore() {
        return processScore;
    }

    public BigDecimal getResultsScore() {
        return resultsScore;
    }

    public BigDecimal getSocialScore() {
        return socialScore;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getRecipientRepresentatives() {
        return recipientRepresentatives;
    }

    public String getThirdParty() {
        return thirdParty;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getRectification() {
        return rectification;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
