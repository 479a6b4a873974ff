package cn.gov.legalprocurement.framework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkMemberRepository extends JpaRepository<FrameworkMember, Long> {

    List<FrameworkMember> findByAgreementIdOrderByPosition(Long agreementId);
}
