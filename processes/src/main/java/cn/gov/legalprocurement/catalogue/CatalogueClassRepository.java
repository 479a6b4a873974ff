package cn.gov.legalprocurement.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueClassRepository extends JpaRepository<CatalogueClass, String> {
}
