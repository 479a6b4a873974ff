package cn.gov.legalprocurement.tender;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BelowFloorPurchaseRepository extends JpaRepository<BelowFloorPurchase, Long> {

    Optional<BelowFloorPurchase> findByProjectId(Long projectId);
}
