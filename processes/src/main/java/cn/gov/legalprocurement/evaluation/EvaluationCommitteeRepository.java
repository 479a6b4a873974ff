package cn.gov.legalprocurement.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationCommitteeRepository extends JpaRepository<EvaluationCommittee, Long> {

    Optional<EvaluationCommittee> findFirstByProjectIdAndTenderRoundOrderByIdDesc(Long projectId, int tenderRound);

    java.util.List<EvaluationCommittee> findByProjectIdOrderById(Long projectId);
}
