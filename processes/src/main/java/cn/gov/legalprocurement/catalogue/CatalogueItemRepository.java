package cn.gov.legalprocurement.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueItemRepository extends JpaRepository<CatalogueItem, Long> {

    List<CatalogueItem> findByStatusOrderByClassCodeAscCodeAsc(CatalogueStatus status);

    Optional<CatalogueItem> findFirstByCodeOrderByItemVersionDesc(String code);

    List<CatalogueItem> findByCodeOrderByItemVersionDesc(String code);

    Optional<CatalogueItem> findByCodeAndStatus(String code, CatalogueStatus status);
}
