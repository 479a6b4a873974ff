package cn.gov.legalprocurement.search;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SearchOutboxRepository extends JpaRepository<SearchOutboxEntry, Long> {

    List<SearchOutboxEntry> findByNextAttemptAtLessThanEqualOrderById(Instant now, Pageable page);

    boolean existsByContractId(Long contractId);
}
