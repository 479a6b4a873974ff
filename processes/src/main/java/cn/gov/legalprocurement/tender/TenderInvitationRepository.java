package cn.gov.legalprocurement.tender;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenderInvitationRepository extends JpaRepository<TenderInvitation, Long> {

    List<TenderInvitation> findByProjectIdAndTenderRoundOrderById(Long projectId, int tenderRound);

    boolean existsByProjectIdAndTenderRoundAndProviderId(Long projectId, int tenderRound, Long providerId);
}
