package cn.gov.legalprocurement.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PractitionerRepository extends JpaRepository<Practitioner, Long> {

    List<Practitioner> findByOrganisationId(Long organisationId);
}
