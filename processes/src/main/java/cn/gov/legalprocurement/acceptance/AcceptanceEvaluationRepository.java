package cn.gov.legalprocurement.acceptance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AcceptanceEvaluationRepository extends JpaRepository<AcceptanceEvaluation, Long> {

    List<AcceptanceEvaluation> findByContractIdOrderByRoundNo(Long contractId);

    Optional<AcceptanceEvaluation> findFirstByContractIdOrderByRoundNoDesc(Long contractId);
}
