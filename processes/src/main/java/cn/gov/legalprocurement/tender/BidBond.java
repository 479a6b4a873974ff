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
import java.time.LocalDate;

/**
 * A bidder's bid bond (投标保证金, 实施条例 33): recorded at the opening, when the bid becomes known, and
 * refunded within {@code bid-bond-refund-working-days} of the event that releases it (87号令 38).
 */
@Entity
@Table(name = "bid_bond")
public class BidBond {

    /** {@code HELD}: lodged and not yet released; {@code DUE}: released, the refund is owed; {@code REFUNDED}. */
    public enum Status { HELD, DUE, REFUNDED }

    /** What released the bond: the award notice (a loser), the signed contract (the winner), a failed or voided round. */
    public enum Release { AWARD_NOTICE, CONTRACT_SIGNED, ROUND_ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "tender_round", nullable = false)
    private int tenderRound;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "held_since", nullable = false)
    private Instant heldSince;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "due_reason")
    private Release dueReason;
    @Column(name = "due_from")
    private Instant dueFrom;
    @Column(name = "refund_by")
    private Instant refundBy;
    @Column(name = "refunded_on")
    private LocalDate refundedOn;
    @Column(name = "refund_reference")
    private String refundReference;
    @Column(name = "refunded_by")
    private String refundedBy;
    @Column(name = "refunded_at")
    private Instant refundedAt;

    protected BidBond() {
    }

    BidBond(Long projectId, int tenderRound, Long providerId, BigDecimal amount, Instant heldSince) {
        this.projectId = projectId;
        this.tenderRound = tenderRound;
        this.providerId = providerId;
        this.amount = amount;
        this.heldSince = heldSince;
        this.status = Status.HELD;
    }

    void release(Release reason, Instant from, Instant refundBy) {
        this.status = Status.DUE;
        this.dueReason = reason;
        this.dueFrom = from;
        this.refundBy = refundBy;
    }

    void refunded(LocalDate on, String reference, String by, Instant at) {
        this.status = Status.REFUNDED;
        this.refundedOn = on;
        this.refundReference = reference;
        this.refundedBy = by;
        this.refundedAt = at;
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

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getHeldSince() {
        return heldSince;
    }

    public Status getStatus() {
        return status;
    }

    public Release getDueReason() {
        return dueReason;
    }

    public Instant getDueFrom() {
        return dueFrom;
    }

    public Instant getRefundBy() {
        return refundBy;
    }

    public LocalDate getRefundedOn() {
        return refundedOn;
    }

    public String getRefundReference() {
        return refundReference;
    }

    public String getRefundedBy() {
        return refundedBy;
    }
}
