package cn.gov.legalprocurement.performance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PerformanceWarningRepository extends JpaRepository<PerformanceWarning, Long> {

    List<PerformanceWarning> findByContractIdOrderById(Long contractId);

    List<PerformanceWarning> findByContractIdAndPeriodNo(Long contractId, int periodNo);
}
