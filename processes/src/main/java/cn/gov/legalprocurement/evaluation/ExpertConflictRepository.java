package cn.gov.legalprocurement.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertConflictRepository extends JpaRepository<ExpertConflict, Long> {

    List<ExpertConflict> findByProviderIdInAndRelationshipUntilGreaterThanEqual(Collection<Long> providerIds, LocalDate day);
}
