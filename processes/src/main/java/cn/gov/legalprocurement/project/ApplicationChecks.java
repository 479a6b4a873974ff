package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The statutory limits an application is checked against before anything of it is saved: the contract term, the
 * splitting of purchases (IR 28), add-ons from the original supplier (政府采购法 art. 31(3)) and call-offs under a
 * framework agreement (110号令). Each refusal names the field it is about.
 */
@Component
class ApplicationChecks {

    private final ProjectRepository projects;
    private final OriginalContracts originals;
    private final FrameworkAgreements agreements;
    private final PortalClock clock;

    ApplicationChecks(ProjectRepository projects, OriginalContracts originals, FrameworkAgreements agreements,
                      PortalClock clock) {
        this.projects = projects;
        this.originals = originals;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** A term that starts today or later, ends after it starts and lasts at most {@code contract-max-term-months}. */
    void term(LocalDate start, LocalDate end, RuleBook book) {
        if (start == null) {
            throw PortalException.invalid("termStart", "error.required");
        }
        if (end == null) {
            throw PortalException.invalid("termEnd", "error.required");
        }
        if (start.isBefore(clock.today())) {
            throw PortalException.invalid("termStart", "error.date.not-past");
        }
        if (!end.isAfter(start)) {
            throw PortalException.invalid("termEnd", "error.project.term-order");
        }
        int maxMonths = book.count(Rule.CONTRACT_MAX_TERM_MONTHS);
        if (end.isAfter(start.plusMonths(maxMonths))) {
            throw PortalException.invalid("termEnd", "error.project.term-too-long", maxMonths);
        }
    }

    /**
     * IR 28: repeated non-tender purchases of the same item by the same unit in one fiscal year that
     * together reach the open-tender threshold count as splitting to dodge tendering.
     */
    void splitting(long purchaserId, int fiscalYear, Set<String> codes, BigDecimal amount, RuleBook book) {
        BigDecimal threshold = book.yuan(Rule.OPEN_TENDER_THRESHOLD);
        if (amount.compareTo(threshold) >= 0) {
            return; // the method decision will require a tender for this project itself
        }
        BigDecimal earlier = Money.normalise(projects.nonTenderSpend(purchaserId, fiscalYear, codes));
        if (earlier.signum() > 0 && earlier.add(amount).compareTo(threshold) >= 0) {
            throw PortalException.invalid("items", "error.project.splitting", fiscalYear, earlier, amount, threshold);
        }
    }

    /**
     * An add-on from the original supplier (政府采购法 art. 31(3)): the unit's own signed contract, the same
     * catalogue items, and all add-ons to it together within {@code single-source-add-on-max-percent} of its amount.
     */
    void addOn(long purchaserId, long contractId, Set<String> codes, BigDecimal total, RuleBook book) {
        OriginalContracts.Original original = originals.original(contractId)
                .filter(o -> o.purchaserId() == purchaserId)
                .orElseThrow(() -> PortalException.invalid("addOnToContractId", "error.unknown", contractId));
        if (!original.signed()) {
            throw PortalException.invalid("addOnToContractId", "error.add-on.not-signed", original.code());
        }
        if (!original.itemCodes().containsAll(codes)) {
            throw PortalException.invalid("items", "error.add-on.other-subject", original.code());
        }
        BigDecimal limit = Money.percentOf(original.amount(), book.percent(Rule.SINGLE_SOURCE_ADD_ON_MAX_PERCENT));
        BigDecimal already = projects.addOnSpend(contractId);
        if (already.add(total).compareTo(limit) > 0) {
            throw PortalException.invalid("items", "error.add-on.above-limit", original.code(),
                    book.percent(Rule.SINGLE_SOURCE_ADD_ON_MAX_PERCENT).stripTrailingZeros().toPlainString(), limit, already, total);
        }
    }

    /**
     * A call-off under a framework agreement (110号令, stage two): an agreement in force today, of the purchaser's
     * jurisdiction, for the same catalogue items.
     */
    void callOff(Organisation purchaser, long agreementId, Set<String> codes) {
        FrameworkAgreements.InForce agreement = agreements.inForce(agreementId, clock.today())
                .filter(f -> f.jurisdictionCode().equals(purchaser.getJurisdictionCode()))
                .orElseThrow(() -> PortalException.invalid("frameworkAgreementId", "error.call-off.no-agreement", agreementId));
        if (!agreement.itemCodes().containsAll(codes)) {
            throw PortalException.invalid("items", "error.call-off.other-subject", agreement.code());
        }
    }
}
