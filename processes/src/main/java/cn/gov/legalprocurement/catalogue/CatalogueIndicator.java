package cn.gov.legalprocurement.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A performance indicator of an item: the target per one unit of the item (e.g. 96 hours per village-year). */
@Entity
@Table(name = "catalogue_indicator")
public class CatalogueIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_group", nullable = false)
    private IndicatorGroup group;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Measure measure;
    @Column(nullable = false)
    private String name;
    @Column(name = "target_per_unit", nullable = false)
    private BigDecimal targetPerUnit;

    protected CatalogueIndicator() {
    }

    CatalogueIndicator(Long itemId, IndicatorGroup group, Measure measure, String name, BigDecimal targetPerUnit) {
        this.itemId = itemId;
        this.group = group;
        this.measure = measure;
        this.name = name;
        this.targetPerUnit = targetPerUnit;
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

    public BigDecimal getTargetPerUnit() {
        return targetPerUnit;
    }
}
