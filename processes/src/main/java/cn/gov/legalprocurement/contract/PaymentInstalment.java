package cn.gov.legalprocurement.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One instalment of the contract's payment schedule, as a percentage of the contract amount. */
@Entity
@Table(name = "payment_instalment")
public class PaymentInstalment {

    public enum Status { SCHEDULED, IN_PAYMENT, PAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(nullable = false)
    private int seq;
    @Column(nullable = false)
    private int percentage;
    @Column(nullable = false)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected PaymentInstalment() {
    }

    PaymentInstalment(Long contractId, int seq, int percentage, String description) {
        this.contractId = contractId;
        this.seq = seq;
        this.percentage = percentage;
        this.description = description;
        this.status = Status.SCHEDULED;
    }

    public void moveTo(Status status) {
        this.status = status;
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

    public int getPercentage() {
        return percentage;
    }

    public String getDescription() {
        return description;
    }

    public Status getStatus() {
        return status;
    }
}
