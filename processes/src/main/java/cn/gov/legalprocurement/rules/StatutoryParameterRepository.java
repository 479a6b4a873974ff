package cn.gov.legalprocurement.rules;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatutoryParameterRepository extends JpaRepository<StatutoryParameter, Long> {

    List<StatutoryParameter> findByJurisdictionCode(String jurisdictionCode);

    Optional<StatutoryParameter> findByJurisdictionCodeAndRuleKey(String jurisdictionCode, String ruleKey);
}
