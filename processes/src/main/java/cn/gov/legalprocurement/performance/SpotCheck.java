package cn.gov.legalprocurement.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A purchaser's spot check of the service (抽查). */
@Entity
@Table(name = "spot_check")
public class SpotCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(name = "checked_by", nullable = false)
    private String checkedBy;
    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;
    @Column(nullable = false)
    private String finding;
    @Column(nullable = false)
    private boolean passed;

    protected SpotCheck() {
    }

    SpotCheck(Long contractId, String checkedBy, Instant checkedAt, String finding, boolean passed) {
        this.contractId = contractId;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
        this.finding = finding;
        this.passed = passed;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getFinding() {
        return finding;
    }

    public boolean isPassed() {
        return passed;
    }
}
