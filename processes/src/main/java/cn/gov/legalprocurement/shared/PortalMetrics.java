package cn.gov.legalprocurement.shared;

import io.micrometer.core.instrument.Metrics;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The portal's own counters, on Micrometer's global registry (the application exports it at
 * {@code /actuator/prometheus}). A count is taken when its transaction commits, so a refused or
 * rolled-back action is not counted.
 */
public final class PortalMetrics {

    public static final String TASKS_COMPLETED = "portal.tasks.completed";
    /** Bids received by tenders whose opening started (never counted at sealing: see docs/security.md). */
    public static final String BIDS_OPENED = "portal.bids.opened";

    private PortalMetrics() {
    }

    /** Counts one event once the current transaction commits (at once when there is none). */
    public static void countOnCommit(String name, String... tags) {
        countOnCommit(name, 1, tags);
    }

    /** Counts {@code amount} events once the current transaction commits. */
    public static void countOnCommit(String name, double amount, String... tags) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    Metrics.counter(name, tags).increment(amount);
                }
            });
        } else {
            Metrics.counter(name, tags).increment(amount);
        }
    }
}
