package cn.gov.legalprocurement.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NegotiationRoundRepository extends JpaRepository<NegotiationRound, Long> {

    List<NegotiationRound> findByProjectIdAndTenderRoundOrderById(Long projectId, int tenderRound);

    List<NegotiationRound> findByProjectIdOrderById(Long projectId);

    int countByProjectIdAndTenderRound(Long projectId, int tenderRound);
}
