package cn.gov.legalprocurement.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A relationship between an expert and a provider (employment, a seat on its board, control of it) that
 * lasts or lasted until a day: the expert may not evaluate the provider's bids while it lasts and for
 * {@code conflict-lookback-years} after (实施条例 art. 39: "参加采购活动前3年内").
 */
@Entity
@Table(name = "expert_conflict")
public class ExpertConflict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "expert_id", nullable = false)
    private Long expertId;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(nullable = false)
    private String reason;
    @Column(name = "until_date", nullable = false)
    private LocalDate relationshipUntil;

    protected ExpertConflict() {
    }

    public ExpertConflict(Long expertId, Long providerId, String reason, LocalDate relationshipUntil) {
        this.expertId = expertId;
        this.providerId = providerId;
        this.reason = reason;
        this.relationshipUntil = relationshipUntil;
    }

    public Long getExpertId() {
        return expertId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getReason() {
        return reason;
    }

    /** The last day of the relationship (a day ahead while it still lasts). */
    public LocalDate getRelationshipUntil() {
        return relationshipUntil;
    }
}
