package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.method.MethodService;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.PortalMetrics;
import cn.gov.legalprocurement.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening and what follows a failed one: the decryption window opens at the bid deadline, bids not
 * decrypted in time count as withdrawn, decrypted ones are checked for qualification; with too few, the
 * tender fails and the purchaser re-tenders or asks FINANCE to switch method.
 */
@Service
public class OpeningService {

    private final ProjectService projects;
    private final MethodService methods;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final RulesService rules;
    private final AuditLog audit;
    private final PortalClock clock;
    private final BidService bidding;
    private final BidBondService bonds;

    OpeningService(ProjectService projects, MethodService methods, OrganisationRepository organisations,
                   PublicationService publication, RulesService rules, AuditLog audit, PortalClock clock,
                   BidService bidding, BidBondService bonds) {
        this.bonds = bonds;
        this.projects = projects;
        this.methods = methods;
        this.organisations = organisations;
        this.publication = publication;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.bidding = bidding;
    }

    /** The bid deadline has passed: the opening starts, and the number of bids received is known from now. */
    @Transactional
    public int startOpening(long projectId) {
        ProcurementProject p = projects.project(projectId);
        int received = (int) bidding.currentRound(projectId).stream().filter(b -> b.getStatus() == Bid.Status.SEALED).count();
        audit.record(AuditLog.SYSTEM, "tender.opening-started", ProcurementProject.class, projectId, null, Map.of(
                "round", p.getTenderRound(), "received", received, "decryptionWindowEnds", p.getDecryptionWindowEnds()));
        // counted at the opening, when the number becomes known: a count at sealing would tell operators
        // watching the metrics how many bids an open tender has
        PortalMetrics.countOnCommit(PortalMetrics.BIDS_OPENED, received);
        return received;
    }

    /**
     * Closes the opening once the decryption window has passed: a bid its bidder did not decrypt counts
     * as withdrawn (电子招标投标办法); each decrypted bid is checked for qualification. Tells whether
     * enough qualified bids remain.
     */
    @Transactional
    public Opening openBids(long projectId) {
        ProcurementProject p = projects.project(projectId);
        Instant now = clock.now();
        if (!p.isDecryptionOver(now)) {
            throw new IllegalStateException("Bids of " + p.getCode() + " cannot be opened before " + p.getDecryptionWindowEnds());
        }
        LocalDate day = PortalClock.dayOf(p.getBidDeadline());
        java.util.Set<Long> qualifiedProviders = new java.util.HashSet<>();
        int lapsed = 0;
        // everyone whose bid reached the opening lodged the documents' bond, decrypted or not
        bonds.recordAtOpening(p, bidding.currentRound(projectId).stream()
                .filter(b -> b.getStatus() == Bid.Status.SEALED || b.getStatus() == Bid.Status.DECRYPTED)
                .map(Bid::getProviderId).toList());
        for (Bid bid : bidding.currentRound(projectId)) {
            if (bid.getStatus() == Bid.Status.SEALED) {
                bid.withdraw(Bid.NOT_DECRYPTED);
                lapsed++;
                audit.record(AuditLog.SYSTEM, "tender.bid-not-decrypted", Bid.class, bid.getId(),
                        Map.of("status", Bid.Status.SEALED), Map.of("status", bid.getStatus(), "provider", bid.getProviderId()));
                continue;
            }
            if (bid.getStatus() != Bid.Status.DECRYPTED) {
                continue;
            }
            Organisation provider = organisations.findById(bid.getProviderId()).orElseThrow();
            String ineligible = provider.ineligibilityOn(day);
            if (bid.getDisqualificationReason() != null) {
                bid.disqualify(bid.getDisqualificationReason());
            } else if (ineligible != null) {
                bid.disqualify(PortalException.forbidden(ineligible, provider.getName()).getMessage());
            } else if (bid.getPrice().compareTo(p.getEstimatedAmount()) > 0) {
                bid.disqualify("报价 " + bid.getPrice().toPlainString() + " 元超过采购预算 " + p.getEstimatedAmount().toPlainString() + " 元");
            } else if (!qualifiedProviders.add(bid.getProviderId())) {
                bid.disqualify("同一供应商在本轮重复投标");
            } else {
                bid.qualify();
            }
            audit.record(AuditLog.SYSTEM, "tender.open-bid", Bid.class, bid.getId(), Map.of("status", Bid.Status.DECRYPTED),
                    Map.of("status", bid.getStatus(), "provider", bid.getProviderId(), "price", String.valueOf(bid.getPrice()),
                            "reason", String.valueOf(bid.getDisqualificationReason())));
        }
        int qualified = qualifiedProviders.size();
        int needed = neededSuppliers(p);
        audit.record(AuditLog.SYSTEM, "tender.opened", ProcurementProject.class, projectId, null,
                Map.of("round", p.getTenderRound(), "qualified", qualified, "needed", needed, "notDecrypted", lapsed));
        return new Opening(qualified, needed);
    }

    /**
     * Closes the opening of a second-round quotation of a framework call-off (110号令 39) as {@link #openBids} does, then
     * disqualifies each quotation above its supplier's agreement price ({@code ceilingOf}, by provider): the quotations
     * left to compete, in no particular order.
     */
    @Transactional
    public java.util.List<Bid> openQuotations(long projectId, java.util.function.Function<Long, java.math.BigDecimal> ceilingOf) {
        openBids(projectId);
        java.util.List<Bid> left = new java.util.ArrayList<>();
        for (Bid bid : bidding.currentRound(projectId)) {
            if (!bid.isQualified()) {
                continue;
            }
            java.math.BigDecimal ceiling = ceilingOf.apply(bid.getProviderId());
            if (bid.getPrice().compareTo(ceiling) > 0) {
                bid.disqualify("报价 " + bid.getPrice().toPlainString() + " 元超过协议价格 " + ceiling.toPlainString() + " 元");
                audit.record(AuditLog.SYSTEM, "tender.open-bid", Bid.class, bid.getId(), Map.of("status", Bid.Status.QUALIFIED),
                        Map.of("status", bid.getStatus(), "reason", bid.getDisqualificationReason()));
            } else {
                left.add(bid);
            }
        }
        return left;
    }

    /**
     * How many suppliers meeting the requirements the procurement needs to go on: {@code min-qualified-bids}; two
     * after a failed tender switched to a non-tender method (74号令 27); a consultation of services two (财库〔2015〕124号); a framework agreement's stage one two (110号令).
     */
    @Transactional(readOnly = true)
    public int neededSuppliers(ProcurementProject p) {
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        if (p.getMethod() == ProcurementMethod.COMPETITIVE_CONSULTATION) {
            return book.count(Rule.MIN_SUPPLIERS_CONSULTATION_OF_SERVICES);
        }
        if (p.getMethod() == ProcurementMethod.FRAMEWORK_AGREEMENT) {
            return book.count(Rule.MIN_SUPPLIERS_FRAMEWORK_AGREEMENT);
        }
        return !p.getMethod().isTender() && p.getFailedTenders() > 0
                ? book.count(Rule.MIN_QUALIFIED_BIDS_AFTER_FAILED_TENDER) : book.count(Rule.MIN_QUALIFIED_BIDS);
    }

    /** The outcome of an opening: how many qualified bids there are and how many the law needs. */
    public record Opening(int qualified, int needed) {
        public boolean enough() {
            return qualified >= needed;
        }
    }

    @Transactional
    public void declareFailed(long projectId) {
        ProcurementProject p = projects.project(projectId);
        long qualified = bidding.currentRound(projectId).stream().filter(Bid::isQualified).count();
        p.tenderFailed();
        bonds.roundEnded(projectId);
        publication.publish(projectId, Announcement.Kind.FAILED_TENDER_NOTICE, p.getTitle() + " 废标公告",
                "项目编号：%s\n第 %d 轮采购合格响应供应商 %d 家，不足法定数量，本轮采购失败。".formatted(
                        p.getCode(), p.getTenderRound(), qualified), null, Optional.empty());
    }

    /** The purchaser's decision after a failed tender: tender again, or propose another method with its reason. */
    public record AfterFailure(FailedTenderDecision decision, ProcurementMethod proposedMethod, String reason) {
    }

    AfterFailure decideAfterFailure(Actor actor, long projectId, FailedTenderDecision decision, ProcurementMethod newMethod,
                                    String reason) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        Map<String, Object> details = new HashMap<>();
        details.put("failedTenderDecision", decision);
        if (decision == null) {
            throw PortalException.invalid("decision", "error.required");
        }
        if (decision == FailedTenderDecision.SWITCH_METHOD) {
            if (newMethod == null) {
                throw PortalException.invalid("newMethod", "error.required");
            }
            if (!newMethod.isSwitchTarget()) {
                throw PortalException.invalid("newMethod", "error.tender.switch-method", newMethod);
            }
            if (reason == null || reason.isBlank()) {
                throw PortalException.invalid("reason", "error.required");
            }
            details.put("proposedMethod", newMethod.name());
            details.put("methodSwitchReason", reason.strip());
        }
        audit.record(actor, "tender.after-failure", ProcurementProject.class, projectId, null, details);
        return decision == FailedTenderDecision.SWITCH_METHOD ? new AfterFailure(decision, newMethod, reason.strip())
                : new AfterFailure(decision, null, null);
    }

    /** FINANCE's answer to a proposed switch of method; the method is recorded on the project when approved. */
    boolean approveMethodSwitch(Actor actor, long projectId, ProcurementMethod proposedMethod, String reason,
                                boolean approved, String comment) {
        actor.require(Role.FINANCE);
        if (!approved && (comment == null || comment.isBlank())) {
            throw PortalException.invalid("comment", "error.comment.required-when-rejecting");
        }
        audit.record(actor, "tender.approve-method-switch", ProcurementProject.class, projectId, null,
                Map.of("method", proposedMethod, "approved", approved, "comment", comment == null ? "" : comment));
        if (approved) {
            methods.record(projectId, proposedMethod, "公开招标失败后经财政部门批准变更：" + reason);
        }
        return approved;
    }
}
