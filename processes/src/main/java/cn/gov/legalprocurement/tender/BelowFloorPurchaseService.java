package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementMethod;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Below the decentralised-procurement floor the formal methods do not apply (国办发〔2019〕55号): the
 * unit commissions a verified provider directly, or compares at least {@code below-floor-min-quotes}
 * quotes and takes the lowest. No notice, no committee, no bid period; the budget commitment, the
 * written contract, performance, acceptance and payment stay as for every purchase.
 */
@Service
public class BelowFloorPurchaseService {

    /** One provider's quote as the purchaser entered it. */
    public record QuoteLine(Long providerId, BigDecimal amount) {
    }

    /** What the purchaser records: how, with whom, for how much, why; the quotes when compared. */
    public record Purchase(BelowFloorPurchase.Mode mode, Long providerId, BigDecimal amount, List<QuoteLine> quotes,
                           String reason) {
    }

    /** The award the purchase made and the signing clock it starts. */
    public record Purchased(Award award, SigningClock signing) {
    }

    private final BelowFloorPurchaseRepository purchases;
    private final AwardRepository awards;
    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final PortalClock clock;

    BelowFloorPurchaseService(BelowFloorPurchaseRepository purchases, AwardRepository awards, ProjectService projects,
                              OrganisationRepository organisations, RulesService rules, DeadlineService deadlines,
                              AuditLog audit, PortalClock clock) {
        this.purchases = purchases;
        this.awards = awards;
        this.projects = projects;
        this.organisations = organisations;
        this.rules = rules;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the purchase and its award; the task's transaction keeps a refusal from saving anything. */
    Purchased purchase(Actor actor, long projectId, Purchase purchase) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        if (p.getMethod() != ProcurementMethod.DECENTRALISED_PURCHASE) {
            throw PortalException.conflict("mode", "error.below-floor.not-below-floor", p.getMethod().label());
        }
        if (purchase.mode() == null) {
            throw PortalException.invalid("mode", "error.required");
        }
        if (purchase.providerId() == null) {
            throw PortalException.invalid("providerId", "error.required");
        }
        String reason = purchase.reason() == null ? "" : purchase.reason().strip();
        if (reason.isEmpty()) {
            throw PortalException.invalid("reason", "error.required");
        }
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        List<BelowFloorPurchase.Quote> quotes = new ArrayList<>();
        BigDecimal amount;
        if (purchase.mode() == BelowFloorPurchase.Mode.DIRECT_COMMISSION) {
            organisations.eligibleProvider("providerId", purchase.providerId(), clock.today());
            amount = Money.requirePositive("amount", purchase.amount());
        } else {
            amount = compare(purchase, book.count(Rule.BELOW_FLOOR_MIN_QUOTES), quotes);
        }
        if (amount.compareTo(p.getEstimatedAmount()) > 0) {
            throw PortalException.invalid(purchase.mode() == BelowFloorPurchase.Mode.DIRECT_COMMISSION ? "amount" : "quotes",
                    "error.tender.above-budget", p.getEstimatedAmount());
        }
        Instant now = clock.now();
        Award award = awards.save(new Award(projectId, null, purchase.providerId(), amount, actor.username(), now));
        purchases.save(new BelowFloorPurchase(projectId, award.getId(), purchase.mode(), reason, quotes, actor.username(), now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", purchase.mode());
        details.put("provider", purchase.providerId());
        details.put("amount", amount);
        details.put("reason", reason);
        details.put("quotes", quotes.stream().map(q -> q.getProviderId() + "=" + q.getAmount().toPlainString()).toList());
        audit.record(actor, "tender.below-floor-purchase", Award.class, award.getId(), null, details);
        return new Purchased(award, SigningClock.startingAt(now, book, deadlines));
    }

    /** The quotes compared: enough of them, one per eligible provider, the chosen one the lowest; returns its amount. */
    private BigDecimal compare(Purchase purchase, int needed, List<BelowFloorPurchase.Quote> quotes) {
        List<QuoteLine> lines = purchase.quotes() == null ? List.of() : purchase.quotes();
        if (lines.size() < needed) {
            throw PortalException.invalid("quotes", "error.below-floor.too-few-quotes", needed, lines.size());
        }
        Set<Long> seen = new HashSet<>();
        BigDecimal lowest = null;
        String field = "quotes";
        for (QuoteLine line : lines) {
            if (line == null || line.providerId() == null) {
                throw PortalException.invalid(field, "error.required");
            }
            if (!seen.add(line.providerId())) {
                throw PortalException.invalid(field, "error.below-floor.duplicate-quote", organisations.nameOf(line.providerId()));
            }
            organisations.eligibleProvider(field, line.providerId(), clock.today());
            BigDecimal price = Money.requirePositive(field, line.amount());
            lowest = lowest == null || price.compareTo(lowest) < 0 ? price : lowest;
        }
        Optional<QuoteLine> chosen = lines.stream().filter(l -> l.providerId().equals(purchase.providerId())).findFirst();
        if (chosen.isEmpty()) {
            throw PortalException.invalid("providerId", "error.below-floor.chosen-not-quoted");
        }
        BigDecimal price = Money.normalise(chosen.get().amount());
        if (price.compareTo(lowest) != 0) {
            throw PortalException.invalid("providerId", "error.below-floor.not-lowest", lowest);
        }
        for (QuoteLine line : lines) {
            quotes.add(new BelowFloorPurchase.Quote(line.providerId(), Money.normalise(line.amount()),
                    line.providerId().equals(purchase.providerId())));
        }
        return price;
    }

    /** The record of a project's purchase below the floor, if it was bought so. */
    @Transactional(readOnly = true)
    public Optional<BelowFloorPurchase> purchaseOf(long projectId) {
        return purchases.findByProjectId(projectId);
    }
}
