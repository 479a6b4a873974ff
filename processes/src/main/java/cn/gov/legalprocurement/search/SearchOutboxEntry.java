package cn.gov.legalprocurement.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "search_outbox")
public class SearchOutboxEntry {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id", nullable = false)
    private Long contractId;
    @Column(name = "enqueued_at", nullable = false)
    private Instant enqueuedAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;

    protected SearchOutboxEntry() {
    }

    SearchOutboxEntry(Long contractId, Instant now) {
        this.contractId = contractId;
        this.enqueuedAt = now;
        this.nextAttemptAt = now;
    }

    /** Exponential back-off, 2 s doubling up to 5 minutes. */
    void failed(String error, Instant now) {
        attempts++;
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 20));
        nextAttemptAt = now.plusSeconds(seconds);
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public Instant getEnqueuedAt() {
        return enqueuedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
