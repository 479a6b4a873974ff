package cn.gov.legalprocurement.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes batches of contracts to one index with several bulk requests in flight, so that the search node analyses
 * on all its write threads while the next batch is read: at most {@code streams} requests at a time, each batch
 * sent as soon as one finishes. The first failure ends the writing, reported by {@link #add} or {@link #finish}.
 */
final class BulkWriter implements AutoCloseable {

    private final ElasticsearchContractIndex index;
    private final String target;
    private final int streams;
    private final ExecutorService pool;
    private final Deque<Future<?>> inFlight = new ArrayDeque<>();

    BulkWriter(ElasticsearchContractIndex index, String target, int streams) {
        this.index = index;
        this.target = target;
        this.streams = Math.max(1, streams);
        this.pool = Executors.newFixedThreadPool(this.streams, task -> {
            Thread thread = new Thread(task, "search-bulk");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sends the batch once fewer than {@code streams} requests are in flight. */
    void add(List<ContractSearchDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        while (inFlight.size() >= streams) {
            await(inFlight.removeFirst());
        }
        List<ContractSearchDocument> copy = List.copyOf(batch);
        inFlight.addLast(pool.submit(() -> {
            index.bulk(target, copy);
            return null;
        }));
    }

    /** Waits for every request still in flight. */
    void finish() {
        while (!inFlight.isEmpty()) {
            await(inFlight.removeFirst());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static void await(Future<?> request) {
        try {
            request.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to the search index", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
