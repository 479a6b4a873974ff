package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.contract.ContractChanged;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox between the database and the search index: a contract change is
 * recorded in the changing transaction; a worker ships the contract's current document to the
 * index and deletes the row, or backs off and retries while the index is unreachable. The
 * procurement never waits for search.
 */
@Service
public class SearchOutbox {

    private static final Logger log = LoggerFactory.getLogger(SearchOutbox.class);
    private static final int BATCH = 100;

    private final SearchOutboxRepository outbox;
    private final ContractSearchDocuments documents;
    private final ObjectProvider<ContractIndex> index;
    private final TransactionTemplate transaction;

    SearchOutbox(SearchOutboxRepository outbox, ContractSearchDocuments documents, ObjectProvider<ContractIndex> index,
                 TransactionTemplate transaction) {
        this.outbox = outbox;
        this.documents = documents;
        this.index = index;
        this.transaction = transaction;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ContractChanged change) {
        enqueue(change.contractId());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(long contractId) {
        // the document is built when shipped, so one waiting row per contract is enough; touching it
        // keeps a worker that read the row before this change from deleting it afterwards
        Instant now = Instant.now();
        if (outbox.touch(contractId, now) == 0) {
            outbox.save(new SearchOutboxEntry(contractId, now));
        }
    }

    /** Ships what is due; returns how many documents reached the index. */
    @Scheduled(fixedDelayString = "${portal.search.outbox-interval-ms:2000}", initialDelayString = "${portal.search.outbox-interval-ms:2000}")
    public int ship() {
        ContractIndex target = index.getIfAvailable();
        if (target == null) {
            return 0;
        }
        int shipped = 0;
        List<SearchOutboxEntry> due = outbox.findByNextAttemptAtLessThanEqualOrderById(Instant.now(), PageRequest.of(0, BATCH));
        for (SearchOutboxEntry entry : due) {
            try {
                ContractSearchDocument document = documents.of(entry.getContractId());
                target.index(document);
                transaction.executeWithoutResult(s -> outbox.deleteShipped(entry.getId(), entry.getEnqueuedAt()));
                shipped++;
            } catch (RuntimeException e) {
                transaction.executeWithoutResult(s -> outbox.findById(entry.getId()).ifPresent(row -> {
                    row.failed(e.toString(), Instant.now());
                    outbox.save(row);
                }));
                log.warn("Search index unreachable, contract {} will be retried: {}", entry.getContractId(), e.toString());
                break;
            }
        }
        return shipped;
    }

    @Transactional(readOnly = true)
    public long pending() {
        return outbox.count();
    }
}
