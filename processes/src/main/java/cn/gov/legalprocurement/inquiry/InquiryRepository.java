package cn.gov.legalprocurement.inquiry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryRepository extends JpaRepository<Inquiry, Long> {

    List<Inquiry> findByProviderIdOrderByIdDesc(Long providerId);

    List<Inquiry> findByProjectIdOrderById(Long projectId);
}
