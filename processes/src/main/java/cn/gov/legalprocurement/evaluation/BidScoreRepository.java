package cn.gov.legalprocurement.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BidScoreRepository extends JpaRepository<BidScore, Long> {

    List<BidScore> findByCommitteeId(Long committeeId);

    void deleteByCommitteeId(Long committeeId);

    boolean existsByCommitteeIdAndExpertId(Long committeeId, Long expertId);
}
