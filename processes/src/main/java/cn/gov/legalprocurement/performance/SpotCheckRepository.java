package cn.gov.legalprocurement.performance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpotCheckRepository extends JpaRepository<SpotCheck, Long> {

    List<SpotCheck> findByContractIdOrderByCheckedAt(Long contractId);
}
