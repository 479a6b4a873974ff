package cn.gov.legalprocurement.closing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The provider's result on one catalogue item of a closed contract: feeds the provider ranking and
 * next year's budget of that item (102号令 performance management).
 */
@Entity
@Table(name = "provider_evaluation")
public class ProviderEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(name = "catalogue_item_id", nullable = false)
    private Long catalogueItemId;
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;
    @Column(name = "acceptance_score", nullable = false)
    private BigDecimal acceptanceScore;
    @Column(name = "satisfaction_avg")
    private BigDecimal satisfactionAvg;
    @Column(name = "delivery_ratio", nullable = false)
    private BigDecimal deliveryRatio;
    @Column(name = "paid_amount", nullable = false)
    private BigDecimal paidAmount;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProviderEvaluation() {
    }

    ProviderEvaluation(Long providerId, Long contractId, Long catalogueItemId, int fiscalYear, BigDecimal acceptanceScore,
                       BigDecimal satisfactionAvg, BigDecimal deliveryRatio, BigDecimal paidAmount, Instant recordedAt) {
        this.providerId = providerId;
        this.contractId = contractId;
        this.catalogueItemId = catalogueItemId;
        this.fiscalYear = fiscalYear;
        this.acceptanceScore = acceptanceScore;
        this.satisfactionAvg = satisfactionAvg;
        this.deliveryRatio = deliveryRatio;
        this.paidAmount = paidAmount;
        this.recordedAt = recordedAt;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getCatalogueItemId() {
        return catalogueItemId;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public BigDecimal getAcceptanceScore() {
        return acceptanceScore;
    }

    public BigDecimal getSatisfactionAvg() {
        return satisfactionAvg;
    }

    public BigDecimal getDeliveryRatio() {
        return deliveryRatio;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }
}
