package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.catalogue.Measure;
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

/** Delivery behind the pro-rata target of a measure at the end of a period. */
@Entity
@Table(name = "performance_warning")
public class PerformanceWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(name = "period_no", nullable = false)
    private int periodNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Measure measure;
    @Column(nullable = false)
    private BigDecimal expected;
    @Column(nullable = false)
    private BigDecimal delivered;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "action_taken")
    private String actionTaken;
    @Column(name = "handled_by")
    private String handledBy;

    protected PerformanceWarning() {
    }

    PerformanceWarning(Long contractId, int periodNo, Measure measure, BigDecimal expected, BigDecimal delivered,
                       Instant raisedAt) {
        this.contractId = contractId;
        this.periodNo = periodNo;
        this.measure = measure;
        this.expected = expected;
        this.delivered = delivered;
        this.raisedAt = raisedAt;
    }

    void handle(String action, String by) {
        this.actionTaken = action;
        this.handledBy = by;
    }

    public Long getId() {
        return id;
    }

    public int getPeriodNo() {
        return periodNo;
    }

    public Measure getMeasure() {
        return measure;
    }

    public BigDecimal getExpected() {
        return expected;
    }

    public BigDecimal getDelivered() {
        return delivered;
    }

    public String getActionTaken() {
        return actionTaken;
    }
}
