package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.catalogue.Measure;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The provider's delivery in one contract period, per measure (hours, cases, consultations...). */
@Entity
@Table(name = "performance_report")
public class PerformanceReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(name = "period_no", nullable = false)
    private int periodNo;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    private String narrative;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "performance_measure", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "measure")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "quantity")
    private Map<Measure, BigDecimal> delivered = new EnumMap<>(Measure.class);

    protected PerformanceReport() {
    }

    PerformanceReport(Long contractId, int periodNo, LocalDate periodStart, LocalDate periodEnd, String submittedBy,
                      Instant submittedAt, String narrative, Map<Measure, BigDecimal> delivered) {
        this.contractId = contractId;
        this.periodNo = periodNo;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.narrative = narrative;
        this.delivered = new EnumMap<>(delivered);
    }

    public Long getContractId() {
        return contractId;
    }

    public int getPeriodNo() {
        return periodNo;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getNarrative() {
        return narrative;
    }

    public Map<Measure, BigDecimal> getDelivered() {
        return Map.copyOf(delivered);
    }
}
