package cn.gov.legalprocurement.search;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SearchOutboxRepository extends JpaRepository<SearchOutboxEntry, Long> {

    List<SearchOutboxEntry> findByNextAttemptAtLessThanEqualOrderById(Instant now, Pageable page);

    /** Marks a waiting row as changed again; 0 when the contract has no waiting row. */
    @Modifying
    @Query("update SearchOutboxEntry e set e.enqueuedAt = :now, e.nextAttemptAt = :now, e.attempts = 0 where e.contractId = :contractId")
    int touch(long contractId, Instant now);

    /** Deletes a shipped row unless the contract changed again after it was read. */
    @Modifying
    @Query("delete from SearchOutboxEntry e where e.id = :id and e.enqueuedAt = :enqueuedAt")
    int deleteShipped(long id, Instant enqueuedAt);
}
