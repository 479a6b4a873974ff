package cn.gov.legalprocurement.tender;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BidRepository extends JpaRepository<Bid, Long> {

    List<Bid> findByProjectIdAndTenderRoundOrderById(Long projectId, int tenderRound);

    List<Bid> findByProjectIdOrderById(Long projectId);

    List<Bid> findByProviderIdOrderBySubmittedAtDesc(Long providerId);

    List<Bid> findByProjectIdAndTenderRoundAndProviderIdAndStatus(Long projectId, int tenderRound, Long providerId,
                                                                  Bid.Status status);
}
