package cn.gov.legalprocurement.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentInstalmentRepository extends JpaRepository<PaymentInstalment, Long> {

    List<PaymentInstalment> findByContractIdOrderBySeq(Long contractId);

    void deleteByContractId(Long contractId);
}
