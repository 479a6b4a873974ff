package cn.gov.legalprocurement.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A catalogue item bought by a project: quantity × the item's unit price standard. */
@Entity
@Table(name = "project_item")
public class ProjectItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "catalogue_item_id", nullable = false)
    private Long catalogueItemId;
    @Column(nullable = false)
    private BigDecimal quantity;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Column(nullable = false)
    private BigDecimal amount;

    protected ProjectItem() {
    }

    ProjectItem(Long projectId, Long catalogueItemId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
        this.projectId = projectId;
        this.catalogueItemId = catalogueItemId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getCatalogueItemId() {
        return catalogueItemId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
