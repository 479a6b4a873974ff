package cn.gov.legalprocurement.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One version of an item of the guiding catalogue: what may be bought, in which unit, at what
 * price standard and paid by whom. An amendment is a new version; publishing it retires the old one.
 */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem {

    public enum Change { PROPOSE, AMEND, RETIRE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String code;
    @Column(name = "item_version", nullable = false)
    private int itemVersion;
    @Column(nullable = false)
    private String name;
    @Column(name = "class_code", nullable = false)
    private String classCode;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceUnit unit;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Column(name = "paying_party", nullable = false)
    private String payingParty;
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CatalogueStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "pending_change")
    private Change pendingChange;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;

    protected CatalogueItem() {
    }

    CatalogueItem(String code, int itemVersion, String name, String classCode, String description, ServiceUnit unit,
                  BigDecimal unitPrice, String payingParty, int fiscalYear, Long ownerId) {
        this.code = code;
        this.itemVersion = itemVersion;
        this.name = name;
        this.classCode = classCode;
        this.description = description;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.payingParty = payingParty;
        this.fiscalYear = fiscalYear;
        this.ownerId = ownerId;
        this.status = CatalogueStatus.DRAFT;
    }

    void submit(Change change, String by) {
        this.pendingChange = change;
        this.proposedBy = by;
        if (change != Change.RETIRE) {
            this.status = CatalogueStatus.UNDER_REVIEW;
        }
    }

    void revise(String name, String description, BigDecimal unitPrice, String payingParty) {
        this.name = name;
        this.description = description;
        this.unitPrice = unitPrice;
        this.payingParty = payingParty;
    }

    void publish(Instant at) {
        this.status = CatalogueStatus.PUBLISHED;
        this.publishedAt = at;
        this.pendingChange = null;
    }

    void retire() {
        this.status = CatalogueStatus.RETIRED;
        this.pendingChange = null;
    }

    void withdraw() {
        if (pendingChange != Change.RETIRE) {
            this.status = CatalogueStatus.WITHDRAWN;
        }
        this.pendingChange = null;
    }

    public boolean isPublished() {
        return status == CatalogueStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getItemVersion() {
        return itemVersion;
    }

    public String getName() {
        return name;
    }

    public String getClassCode() {
        return classCode;
    }

    public String getDescription() {
        return description;
    }

    public ServiceUnit getUnit() {
        return unit;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public String getPayingParty() {
        return payingParty;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public CatalogueStatus getStatus() {
        return status;
    }

    public Change getPendingChange() {
        return pendingChange;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
