package cn.gov.legalprocurement.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The framework agreements a call-off may be made under, as the project stage needs them: in force on a day, in a
 * jurisdiction, for which catalogue items. The framework feature implements it.
 */
public interface FrameworkAgreements {

    /** An agreement in force: whose, for which items, until when, by which rule its call-offs go. */
    record InForce(long agreementId, String code, String title, String jurisdictionCode, LocalDate termStart,
                   LocalDate termEnd, Set<String> itemCodes, CallOffRule rule) {
    }

    Optional<InForce> inForce(long agreementId, LocalDate on);

    /** The agreements in force in the jurisdiction on the day, newest first. */
    List<InForce> inForceIn(String jurisdictionCode, LocalDate on);
}
