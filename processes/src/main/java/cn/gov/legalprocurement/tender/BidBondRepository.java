package cn.gov.legalprocurement.tender;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BidBondRepository extends JpaRepository<BidBond, Long> {

    List<BidBond> findByProjectIdOrderById(Long projectId);

    List<BidBond> findByProjectIdAndStatusOrderById(Long projectId, BidBond.Status status);

    List<BidBond> findByProviderIdOrderByIdDesc(Long providerId);
}
