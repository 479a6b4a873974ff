package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.catalogue.IndicatorGroup;
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

/** A performance target of the contract (catalogue indicator x contracted quantity). */
@Entity
@Table(name = "contract_indicator")
public class ContractIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_group", nullable = false)
    private IndicatorGroup group;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Measure measure;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private BigDecimal target;

    protected ContractIndicator() {
    }

    ContractIndicator(Long contractId, IndicatorGroup group, Measure measure, String name, BigDecimal target) {
        this.contractId = contractId;
        this.group = group;
        this.measure = measure;
        this.name = name;
        this.target = target;
    }

    public Long getContractId() {
        return contractId;
    }

    public IndicatorGroup getGroup() {
        return group;
    }

    public Measure getMeasure() {
        return measure;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getTarget() {
        return target;
    }
}
