package cn.gov.legalprocurement.performance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PerformanceReportRepository extends JpaRepository<PerformanceReport, Long> {

    List<PerformanceReport> findByContractIdOrderByPeriodNo(Long contractId);

    boolean existsByContractIdAndPeriodNo(Long contractId, int periodNo);
}
