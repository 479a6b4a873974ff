package cn.gov.legalprocurement.tender;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BidAttachmentRepository extends JpaRepository<BidAttachment, Long> {

    List<BidAttachment> findByBidIdOrderByPosition(Long bidId);
}
