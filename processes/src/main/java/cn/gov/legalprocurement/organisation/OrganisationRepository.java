package cn.gov.legalprocurement.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    List<Organisation> findByKindOrderByName(OrganisationKind kind);

    /** The organisation's name as documents and lists print it; empty when it does not exist. */
    default String nameOf(Long id) {
        return findById(id).map(Organisation::getName).orElse("");
    }
}
