package cn.gov.legalprocurement.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JurisdictionRepository extends JpaRepository<Jurisdiction, String> {
}
