package cn.gov.legalprocurement.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractIndicatorRepository extends JpaRepository<ContractIndicator, Long> {

    List<ContractIndicator> findByContractIdOrderById(Long contractId);
}
