package cn.gov.legalprocurement.closing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderEvaluationRepository extends JpaRepository<ProviderEvaluation, Long> {

    List<ProviderEvaluation> findByProviderIdOrderByRecordedAtDesc(Long providerId);

    List<ProviderEvaluation> findByCatalogueItemIdAndFiscalYear(Long catalogueItemId, int fiscalYear);
}
