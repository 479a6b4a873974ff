package cn.gov.legalprocurement.framework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallOffRepository extends JpaRepository<CallOff, Long> {

    List<CallOff> findByAgreementIdOrderById(Long agreementId);

    List<CallOff> findByProjectIdOrderById(Long projectId);
}
