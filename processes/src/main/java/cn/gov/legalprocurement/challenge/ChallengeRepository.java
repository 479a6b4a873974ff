package cn.gov.legalprocurement.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    List<Challenge> findByProjectIdOrderByFiledAt(Long projectId);

    List<Challenge> findByProjectIdAndStatus(Long projectId, Challenge.Status status);

    List<Challenge> findByProviderIdOrderByFiledAtDesc(Long providerId);
}
