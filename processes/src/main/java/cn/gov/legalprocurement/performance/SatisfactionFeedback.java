package cn.gov.legalprocurement.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A service recipient's satisfaction (1 to 5) with the contracted service. */
@Entity
@Table(name = "satisfaction_feedback")
public class SatisfactionFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(nullable = false)
    private String respondent;
    @Column(nullable = false)
    private int score;
    private String comment;
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected SatisfactionFeedback() {
    }

    SatisfactionFeedback(Long contractId, String respondent, int score, String comment, Instant givenAt) {
        this.contractId = contractId;
        this.respondent = respondent;
        this.score = score;
        this.comment = comment;
        this.givenAt = givenAt;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getRespondent() {
        return respondent;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
