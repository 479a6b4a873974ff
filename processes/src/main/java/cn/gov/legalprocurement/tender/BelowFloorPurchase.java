package cn.gov.legalprocurement.tender;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A purchase below the decentralised-procurement floor: how the unit chose its provider (directly, or
 * by comparing quotes), why, and the quotes it compared.
 */
@Entity
@Table(name = "below_floor_purchase")
public class BelowFloorPurchase {

    /** How the unit chose: 直接委托 from the verified pool, or 比价 among at least {@code below-floor-min-quotes} quotes. */
    public enum Mode { DIRECT_COMMISSION, QUOTE_COMPARISON }

    /** A provider's quote as the unit recorded it. */
    @Embeddable
    public static class Quote {
        @Column(name = "provider_id", nullable = false)
        private Long providerId;
        @Column(nullable = false)
        private BigDecimal amount;
        @Column(nullable = false)
        private boolean chosen;

        protected Quote() {
        }

        Quote(Long providerId, BigDecimal amount, boolean chosen) {
            this.providerId = providerId;
            this.amount = amount;
            this.chosen = chosen;
        }

        public Long getProviderId() {
            return providerId;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public boolean isChosen() {
            return chosen;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, unique = true)
    private Long projectId;
    @Column(name = "award_id", nullable = false)
    private Long awardId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Mode mode;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "below_floor_quote", joinColumns = @JoinColumn(name = "purchase_id"))
    private List<Quote> quotes = new ArrayList<>();

    protected BelowFloorPurchase() {
    }

    BelowFloorPurchase(Long projectId, Long awardId, Mode mode, String reason, List<Quote> quotes, String recordedBy,
                       Instant recordedAt) {
        this.projectId = projectId;
        this.awardId = awardId;
        this.mode = mode;
        this.reason = reason;
        this.quotes = new ArrayList<>(quotes);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getAwardId() {
        return awardId;
    }

    public Mode getMode() {
        return mode;
    }

    public String getReason() {
        return reason;
    }

    public List<Quote> getQuotes() {
        return List.copyOf(quotes);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
