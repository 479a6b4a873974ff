package cn.gov.legalprocurement.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {

    Optional<Contract> findFirstByProjectIdOrderByIdDesc(Long projectId);

    List<Contract> findByProviderIdOrderByIdDesc(Long providerId);

    List<Contract> findByPurchaserIdOrderByIdDesc(Long purchaserId);

    List<Contract> findAllByOrderByIdDesc();

    long countByCodeStartingWith(String prefix);
}
