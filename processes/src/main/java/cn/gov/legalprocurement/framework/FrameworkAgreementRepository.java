package cn.gov.legalprocurement.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkAgreementRepository extends JpaRepository<FrameworkAgreement, Long> {

    Optional<FrameworkAgreement> findByProjectId(Long projectId);

    List<FrameworkAgreement> findByJurisdictionCodeAndStatusOrderByIdDesc(String jurisdictionCode, FrameworkAgreement.Status status);
}
