package cn.gov.legalprocurement.payment;

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

/** One payment of a contract instalment: gross, shortfall deduction, net, due date, late interest. */
@Entity
@Table(name = "payment")
public class Payment {

    public enum Status { PREPARED, APPROVED, RELEASED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(name = "instalment_id", nullable = false)
    private Long instalmentId;
    @Column(name = "gross_amount", nullable = false)
    private BigDecimal grossAmount;
    @Column(nullable = false)
    private BigDecimal deduction;
    @Column(name = "net_amount", nullable = false)
    private BigDecimal netAmount;
    @Column(name = "late_interest")
    private BigDecimal lateInterest;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "released_at")
    private Instant releasedAt;

    protected Payment() {
    }

    Payment(Long contractId, Long instalmentId, BigDecimal grossAmount, BigDecimal deduction, LocalDate dueDate,
            Instant preparedAt) {
        this.contractId = contractId;
        this.instalmentId = instalmentId;
        this.grossAmount = grossAmount;
        this.deduction = deduction;
        this.netAmount = grossAmount.subtract(deduction);
        this.dueDate = dueDate;
        this.preparedAt = preparedAt;
        this.status = Status.PREPARED;
    }

    void approve(String by, Instant at) {
        this.approvedBy = by;
        this.approvedAt = at;
        this.status = Status.APPROVED;
    }

    void release(String by, Instant at, BigDecimal lateInterest) {
        this.releasedBy = by;
        this.releasedAt = at;
        this.lateInterest = lateInterest;
        this.status = Status.RELEASED;
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getInstalmentId() {
        return instalmentId;
    }

    public BigDecimal getGrossAmount() {
        return grossAmount;
    }

    public BigDecimal getDeduction() {
        return deduction;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getLateInterest() {
        return lateInterest;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }
}
