package cn.gov.legalprocurement.framework;

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
 * One offer of a call-off (its own project) to a shortlisted supplier: by the purchaser's direct choice or by
 * rotation; accepted (the call-off is awarded), declined, or lapsed unanswered (as declined).
 */
@Entity
@Table(name = "call_off")
public class CallOff {

    public enum Status { OFFERED, ACCEPTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false)
    private String reason;
    @Column(name = "offered_by", nullable = false)
    private String offeredBy;
    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "award_id")
    private Long awardId;

    protected CallOff() {
    }

    CallOff(Long agreementId, Long projectId, FrameworkMember member, BigDecimal amount, String reason, String offeredBy,
            Instant offeredAt) {
        this.agreementId = agreementId;
        this.projectId = projectId;
        this.providerId = member.getProviderId();
        this.position = member.getPosition();
        this.amount = amount;
        this.reason = reason;
        this.offeredBy = offeredBy;
        this.offeredAt = offeredAt;
        this.status = Status.OFFERED;
    }

    void accepted(String by, Instant at, long awardId) {
        answered(Status.ACCEPTED, "", by, at);
        this.awardId = awardId;
    }

    void declined(String answer, String by, Instant at) {
        answered(Status.DECLINED, answer, by, at);
    }

    private void answered(Status status, String answer, String by, Instant at) {
        this.status = status;
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public int getPosition() {
        return position;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getOfferedBy() {
        return offeredBy;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getAwardId() {
        return awardId;
    }
}
