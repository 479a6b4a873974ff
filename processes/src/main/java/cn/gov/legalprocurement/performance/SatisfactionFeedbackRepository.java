package cn.gov.legalprocurement.performance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SatisfactionFeedbackRepository extends JpaRepository<SatisfactionFeedback, Long> {

    List<SatisfactionFeedback> findByContractIdOrderByGivenAt(Long contractId);
}
