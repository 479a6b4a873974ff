package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bid bonds (投标保证金): the documents may ask each bidder for one of at most {@code bid-bond-max-percent} of the
 * budget (实施条例 33). A bond is recorded at the opening, when who bid becomes known (before it, a bond record would
 * tell the purchaser who is bidding); it is released by the award notice for the losers, by the signed contract
 * for the winner and by a failed or voided round for everyone, and refunded within
 * {@code bid-bond-refund-working-days} (87号令 38). The purchaser's refund task shows what is due and by when.
 */
@Service
public class BidBondService {

    /** The longest refund reference (a bank transfer's serial number). */
    public static final int REFERENCE_MAX = 200;

    private final BidBondRepository bonds;
    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final BidBondProcess process;
    private final BidDisclosure bidding;
    private final AuditLog audit;
    private final PortalClock clock;

    BidBondService(BidBondRepository bonds, ProjectService projects, OrganisationRepository organisations, RulesService rules,
                   DeadlineService deadlines, BidBondProcess process, BidDisclosure bidding, AuditLog audit, PortalClock clock) {
        this.bidding = bidding;
        this.bonds = bonds;
        this.projects = projects;
        this.organisations = organisations;
        this.rules = rules;
        this.deadlines = deadlines;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    /** The most a bid bond may be: {@code bid-bond-max-percent} of the budget. */
    static BigDecimal ceiling(ProcurementProject p, RuleBook book) {
        return Money.percentOf(p.getEstimatedAmount(), book.percent(Rule.BID_BOND_MAX_PERCENT));
    }

    /** The bond the documents may ask: refused above {@code bid-bond-max-percent} of the budget, or with more than two decimals. */
    static BigDecimal checkedAmount(ProcurementProject p, RuleBook book, BigDecimal amount) {
        BigDecimal bond = amount == null ? Money.ZERO : amount;
        if (bond.signum() < 0 || bond.scale() > 2) {
            throw PortalException.invalid("bidBond", "error.not-negative");
        }
        if (bond.signum() > 0 && !p.getMethod().hasBidBond()) {
            throw PortalException.invalid("bidBond", "error.bond.not-for-method", p.getMethod());
        }
        BigDecimal max = ceiling(p, book);
        if (bond.compareTo(max) > 0) {
            throw PortalException.invalid("bidBond", "error.bond.too-high", book.percent(Rule.BID_BOND_MAX_PERCENT), max);
        }
        return Money.normalise(bond);
    }

    /**
     * The opening has made the bidders known: each one whose bid reached the opening (decrypted or not) has lodged
     * the documents' bond; one already holding a bond for this procurement (a final quotation after a negotiation)
     * lodges none again.
     */
    void recordAtOpening(ProcurementProject p, Collection<Long> bidders) {
        if (p.getBidBond() == null || p.getBidBond().signum() <= 0 || bidders.isEmpty()) {
            return;
        }
        Set<Long> holding = new HashSet<>();
        bonds.findByProjectIdAndStatusOrderById(p.getId(), BidBond.Status.HELD).forEach(b -> holding.add(b.getProviderId()));
        Instant now = clock.now();
        for (Long provider : new java.util.LinkedHashSet<>(bidders)) {
            if (holding.add(provider)) {
                BidBond bond = bonds.save(new BidBond(p.getId(), p.getTenderRound(), provider, p.getBidBond(), now));
                audit.record(AuditLog.SYSTEM, "bond.held", BidBond.class, bond.getId(), null,
                        Map.of("project", p.getCode(), "provider", provider, "amount", bond.getAmount()));
            }
        }
    }

    /** The award notice is out: the bonds of everyone but the winners fall due. */
    @Transactional
    public void awardNoticed(long projectId, Set<Long> winners) {
        release(projectId, b -> !winners.contains(b.getProviderId()), BidBond.Release.AWARD_NOTICE);
    }

    /** The round failed or was voided (a failed tender, a procurement carried out again): every bond held falls due. */
    @Transactional
    public void roundEnded(long projectId) {
        release(projectId, b -> true, BidBond.Release.ROUND_ENDED);
    }

    /** The winner signed its contract (or the shortlisted suppliers their framework agreement): their bonds fall due. */
    @Transactional
    public void contractSigned(long projectId, Set<Long> providers) {
        release(projectId, b -> providers.contains(b.getProviderId()), BidBond.Release.CONTRACT_SIGNED);
    }

    private void release(long projectId, Predicate<BidBond> which, BidBond.Release reason) {
        List<BidBond> released = bonds.findByProjectIdAndStatusOrderById(projectId, BidBond.Status.HELD).stream()
                .filter(which).toList();
        if (released.isEmpty()) {
            return;
        }
        ProcurementProject p = projects.project(projectId);
        Instant now = clock.now();
        Instant refundBy = deadlines.workingDaysEnd(now, rules.forJurisdiction(p.getJurisdictionCode())
                .workingDays(Rule.BID_BOND_REFUND_WORKING_DAYS));
        for (BidBond bond : released) {
            bond.release(reason, now, refundBy);
            audit.record(AuditLog.SYSTEM, "bond.due", BidBond.class, bond.getId(), Map.of("status", BidBond.Status.HELD),
                    Map.of("status", bond.getStatus(), "reason", reason, "refundBy", refundBy));
        }
        process.due(p);
    }

    /** The project's refund period, {@code bid-bond-refund-working-days}. */
    @Transactional(readOnly = true)
    public int refundWorkingDays(long projectId) {
        return rules.forJurisdiction(projects.project(projectId).getJurisdictionCode()).workingDays(Rule.BID_BOND_REFUND_WORKING_DAYS);
    }

    /** Where the project's bonds stand, for the refund process: refunds due (and the earliest deadline), bonds held, or all refunded. */
    public record Standing(State state, Instant earliestRefundBy) {
        public enum State { DUE, HELD, SETTLED }
    }

    @Transactional(readOnly = true)
    public Standing standing(long projectId) {
        List<BidBond> all = bonds.findByProjectIdOrderById(projectId);
        Optional<Instant> earliest = all.stream().filter(b -> b.getStatus() == BidBond.Status.DUE).map(BidBond::getRefundBy)
                .min(Comparator.naturalOrder());
        if (earliest.isPresent()) {
            return new Standing(Standing.State.DUE, earliest.get());
        }
        boolean held = all.stream().anyMatch(b -> b.getStatus() == BidBond.Status.HELD);
        return new Standing(held ? Standing.State.HELD : Standing.State.SETTLED, null);
    }

    /** A bond as its pages show it: with the bidder's name and whether the refund is (or was) late. */
    public record BondLine(BidBond bond, String provider, boolean late) {
    }

    /**
     * The project's bonds, for its purchasing unit and the supervisors: nothing exists before the opening, and
     * while a negotiation's panel alone knows who responded (until the final quotations are opened) its bonds
     * still held are not shown either; released ones are.
     */
    @Transactional(readOnly = true)
    public List<BondLine> ofProject(Actor actor, long projectId) {
        projects.readableBy(actor, projects.project(projectId).getCode());
        return lines(onRecord(projectId));
    }

    /** The bonds whose records may be shown: like the bids, see {@link BidDisclosure#onRecord}. */
    @Transactional(readOnly = true)
    public List<BidBond> onRecord(long projectId) {
        ProcurementProject p = projects.project(projectId);
        boolean current = bidding.onRecord(p);
        return bonds.findByProjectIdOrderById(projectId).stream()
                .filter(b -> current || b.getStatus() != BidBond.Status.HELD || b.getTenderRound() < p.firstResponseRound())
                .toList();
    }

    /** The provider's own bonds, in every procurement it bid in. */
    @Transactional(readOnly = true)
    public List<BondLine> ofProvider(Actor actor) {
        actor.require(Role.PROVIDER);
        return lines(bonds.findByProviderIdOrderByIdDesc(actor.organisationId()));
    }

    private List<BondLine> lines(List<BidBond> list) {
        Instant now = clock.now();
        return list.stream().map(b -> new BondLine(b, organisations.findById(b.getProviderId()).map(Organisation::getName).orElse(""),
                late(b, now))).toList();
    }

    private static boolean late(BidBond b, Instant now) {
        if (b.getRefundBy() == null) {
            return false;
        }
        return b.getStatus() == BidBond.Status.REFUNDED
                ? b.getRefundedOn().isAfter(PortalClock.dayOf(b.getRefundBy()))
                : now.isAfter(b.getRefundBy());
    }

    /**
     * The purchaser records the refund of due bonds (one transfer's date and reference for all of them): a bond
     * not due, of another project or already refunded is refused, as is a date before the bond fell due or in the
     * future. Tells how many bonds were refunded late.
     */
    @Transactional
    public int refund(Actor actor, long projectId, Set<Long> bondIds, LocalDate refundedOn, String reference) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        if (bondIds == null || bondIds.isEmpty()) {
            throw PortalException.invalid("bonds", "error.bond.none-chosen");
        }
        if (refundedOn == null) {
            throw PortalException.invalid("refundedOn", "error.required");
        }
        if (refundedOn.isAfter(clock.today())) {
            throw PortalException.invalid("refundedOn", "error.bond.refund-in-future");
        }
        if (reference == null || reference.isBlank()) {
            throw PortalException.invalid("reference", "error.required");
        }
        List<BidBond> chosen = bonds.findAllById(bondIds);
        if (chosen.size() != bondIds.size() || chosen.stream().anyMatch(b -> b.getProjectId() != projectId
                || b.getStatus() != BidBond.Status.DUE)) {
            throw PortalException.conflict("bonds", "error.bond.not-due");
        }
        int late = 0;
        for (BidBond bond : chosen) {
            if (refundedOn.isBefore(PortalClock.dayOf(bond.getDueFrom()))) {
                throw PortalException.invalid("refundedOn", "error.bond.refund-before-due", PortalClock.dayOf(bond.getDueFrom()));
            }
            bond.refunded(refundedOn, reference.strip(), actor.username(), clock.now());
            if (late(bond, clock.now())) {
                late++;
            }
            audit.record(actor, "bond.refund", BidBond.class, bond.getId(), Map.of("status", BidBond.Status.DUE),
                    Map.of("status", bond.getStatus(), "refundedOn", refundedOn, "reference", reference.strip()));
        }
        return late;
    }
}
