package cn.gov.legalprocurement.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueIndicatorRepository extends JpaRepository<CatalogueIndicator, Long> {

    List<CatalogueIndicator> findByItemId(Long itemId);
}
