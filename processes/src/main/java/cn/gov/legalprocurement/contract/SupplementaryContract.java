package cn.gov.legalprocurement.contract;

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
 * A supplementary contract (补充合同, 政府采购法 49): more of the same services while the contract is performed, the
 * other terms unchanged; proposed by the purchaser and signed by the provider.
 */
@Entity
@Table(name = "supplementary_contract")
public class SupplementaryContract {

    public enum Status { PROPOSED, SIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(nullable = false)
    private int seq;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(nullable = false)
    private String content;
    @Column(nullable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_at")
    private Instant signedAt;

    protected SupplementaryContract() {
    }

    SupplementaryContract(Long contractId, int seq, BigDecimal amount, String content, String reason, String proposedBy,
                          Instant proposedAt) {
        this.contractId = contractId;
        this.seq = seq;
        this.amount = amount;
        this.content = content;
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = Status.PROPOSED;
    }

    void signed(String by, Instant at) {
        this.status = Status.SIGNED;
        this.signedBy = by;
        this.signedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public int getSeq() {
        return seq;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getContent() {
        return content;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
