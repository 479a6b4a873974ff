package cn.gov.legalprocurement.intention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A purchase intention (采购意向, 财库〔2020〕10号): what a purchasing unit intends to buy, with the needs, the budget
 * and the expected month, published before the procurement of that service starts.
 */
@Entity
@Table(name = "purchase_intention")
public class PurchaseIntention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "purchaser_id", nullable = false)
    private Long purchaserId;
    @Column(name = "catalogue_item_id", nullable = false)
    private Long catalogueItemId;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 2000)
    private String needs;
    @Column(nullable = false)
    private BigDecimal budget;
    @Column(name = "expected_month", nullable = false, length = 7)
    private String expectedMonth;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;
    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;
    @Column(name = "announcement_id")
    private Long announcementId;

    protected PurchaseIntention() {
    }

    PurchaseIntention(long purchaserId, long catalogueItemId, String title, String needs, BigDecimal budget,
                      YearMonth expectedMonth, Instant publishedAt, String publishedBy) {
        this.purchaserId = purchaserId;
        this.catalogueItemId = catalogueItemId;
        this.title = title;
        this.needs = needs;
        this.budget = budget;
        this.expectedMonth = expectedMonth.toString();
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    void announcedAs(long announcementId) {
        this.announcementId = announcementId;
    }

    public Long getId() {
        return id;
    }

    public Long getPurchaserId() {
        return purchaserId;
    }

    public Long getCatalogueItemId() {
        return catalogueItemId;
    }

    public String getTitle() {
        return title;
    }

    public String getNeeds() {
        return needs;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public YearMonth getExpectedMonth() {
        return YearMonth.parse(expectedMonth);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Long getAnnouncementId() {
        return announcementId;
    }
}
