package cn.gov.legalprocurement.organisation;

import cn.gov.legalprocurement.shared.PortalException;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    /** The organisation, its row locked until the transaction ends: a unit's applications are taken in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organisation o where o.id = :id")
    Optional<Organisation> lockById(Long id);

    List<Organisation> findByKindOrderByName(OrganisationKind kind);

    /**
     * The provider a purchaser chooses for {@code field}, refused (naming the field) when it does not exist or
     * may not take part on {@code day} ({@link Organisation#ineligibilityOn}).
     */
    default Organisation eligibleProvider(String field, long providerId, LocalDate day) {
        Organisation provider = findById(providerId).orElseThrow(() -> PortalException.invalid(field, "error.unknown", providerId));
        String ineligible = provider.ineligibilityOn(day);
        if (ineligible != null) {
            throw PortalException.invalid(field, ineligible, provider.getName());
        }
        return provider;
    }

    /** The organisation's name as documents and lists print it; empty when it does not exist. */
    default String nameOf(Long id) {
        return findById(id).map(Organisation::getName).orElse("");
    }
}
