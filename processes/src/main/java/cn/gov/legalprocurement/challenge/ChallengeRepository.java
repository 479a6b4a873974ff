package cn.gov.legalprocurement.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    List<Challenge> findByProjectIdOrderByFiledAt(Long projectId);

    List<Challenge> findByProjectIdAndSubjectAndStatus(Long projectId, Challenge.Subject subject, Challenge.Status status);

    List<Challenge> findByProviderIdOrderByFiledAtDesc(Long providerId);
}
