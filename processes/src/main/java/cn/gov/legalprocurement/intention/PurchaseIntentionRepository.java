package cn.gov.legalprocurement.intention;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseIntentionRepository extends JpaRepository<PurchaseIntention, Long> {

    List<PurchaseIntention> findByPurchaserIdOrderByPublishedAtDesc(Long purchaserId);

    List<PurchaseIntention> findByPurchaserIdAndCatalogueItemIdInOrderByPublishedAtAsc(Long purchaserId, Collection<Long> itemIds);
}
