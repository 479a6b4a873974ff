package cn.gov.legalprocurement.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    List<Complaint> findByProjectIdOrderById(Long projectId);

    List<Complaint> findByChallengeIdOrderById(Long challengeId);

    List<Complaint> findByProviderIdOrderByIdDesc(Long providerId);
}
