package cn.gov.legalprocurement.tender;

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

/** The purchaser's confirmation of the winning bid (or of the single-source agreement). */
@Entity
@Table(name = "award")
public class Award {

    public enum Status { CONFIRMED, PUBLISHED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "bid_id")
    private Long bidId;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;
    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;
    @Column(name = "notice_published_at")
    private Instant noticePublishedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected Award() {
    }

    Award(Long projectId, Long bidId, Long providerId, BigDecimal amount, String confirmedBy, Instant confirmedAt) {
        this.projectId = projectId;
        this.bidId = bidId;
        this.providerId = providerId;
        this.amount = amount;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
        this.status = Status.CONFIRMED;
    }

    void published(Instant at) {
        this.noticePublishedAt = at;
        this.status = Status.PUBLISHED;
    }

    public void cancel() {
        this.status = Status.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getBidId() {
        return bidId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getNoticePublishedAt() {
        return noticePublishedAt;
    }

    public Status getStatus() {
        return status;
    }
}
