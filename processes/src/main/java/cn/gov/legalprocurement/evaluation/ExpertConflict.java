package cn.gov.legalprocurement.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An expert may not evaluate a provider's bid until the given day (e.g. worked for it in the last 3 years). */
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
    private LocalDate untilDate;

    protected ExpertConflict() {
    }

    public ExpertConflict(Long expertId, Long providerId, String reason, LocalDate untilDate) {
        this.expertId = expertId;
        this.providerId = providerId;
        this.reason = reason;
        this.untilDate = untilDate;
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

    public LocalDate getUntilDate() {
        return untilDate;
    }
}
