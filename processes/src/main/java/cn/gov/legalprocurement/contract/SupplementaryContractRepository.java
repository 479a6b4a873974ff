package cn.gov.legalprocurement.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplementaryContractRepository extends JpaRepository<SupplementaryContract, Long> {

    List<SupplementaryContract> findByContractIdOrderBySeq(Long contractId);
}
