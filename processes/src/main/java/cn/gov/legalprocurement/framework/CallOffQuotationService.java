package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.project.CallOffRule;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.InvitationService;
import cn.gov.legalprocurement.tender.OpeningService;
import cn.gov.legalprocurement.tender.TenderDocumentsService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage two of a framework agreement by second-round quotation (二次竞价, 110号令 art. 39): the purchaser states the
 * call-off's need and a quotation deadline at least {@code call-off-quotation-working-days} away; every shortlisted
 * supplier that may be offered it is asked to quote, sealed in its browser as a bid is, and nobody else may; at the
 * opening each decrypts its own quotation; one above the supplier's agreement price (the ceiling) is refused, and the
 * lowest of the rest wins (a tie goes to the earlier place in the shortlist). No valid quotation: the purchaser asks
 * again or ends the call-off.
 */
@Service
public class CallOffQuotationService {

    /** The round asked for: its deadline, the end of its decryption window, and who was asked. */
    public record Invited(Instant deadline, Instant decryptionWindowEnds, List<Long> invitees) {
    }

    private final CallOffService callOffs;
    private final CallOffRepository offers;
    private final ProjectService projects;
    private final InvitationService invitations;
    private final OpeningService opening;
    private final AwardService awards;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final PortalClock clock;

    CallOffQuotationService(CallOffService callOffs, CallOffRepository offers, ProjectService projects,
                            InvitationService invitations, OpeningService opening, AwardService awards, RulesService rules,
                            DeadlineService deadlines, AuditLog audit, PortalClock clock) {
        this.callOffs = callOffs;
        this.offers = offers;
        this.projects = projects;
        this.invitations = invitations;
        this.opening = opening;
        this.awards = awards;
        this.rules = rules;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** The earliest quotation deadline the call-off may have if asked now. */
    @Transactional(readOnly = true)
    public Instant earliestDeadline(long projectId) {
        ProcurementProject p = projects.project(projectId);
        return deadlines.workingDaysEnd(clock.now(), rules.forJurisdiction(p.getJurisdictionCode())
                .workingDays(Rule.CALL_OFF_QUOTATION_WORKING_DAYS));
    }

    /** Whether the call-off has held a round of quotations (none of which could be awarded, if it is still open). */
    @Transactional(readOnly = true)
    public boolean roundsHeld(long projectId) {
        return projects.project(projectId).getTenderRound() > 0;
    }

    /** The purchaser asks every eligible shortlisted supplier to quote for the call-off by {@code deadline}. */
    Invited invite(Actor actor, long projectId, String need, Instant deadline) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.lock(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        CallOffService.Choice choice = callOffs.choiceFor(p);
        if (choice.agreement().getCallOffRule() != CallOffRule.SECOND_ROUND_QUOTATION) {
            throw PortalException.invalid("quotationDeadline", "error.call-off.not-by-quotation");
        }
        String stated = Texts.require("reason", need, 2000);
        if (deadline == null) {
            throw PortalException.invalid("quotationDeadline", "error.required");
        }
        Instant earliest = earliestDeadline(projectId);
        if (deadline.isBefore(earliest)) {
            throw PortalException.invalid("quotationDeadline", "error.call-off.quotation-too-early", PortalClock.minutes(earliest));
        }
        if (!deadlines.isWorkingDay(PortalClock.dayOf(deadline))) {
            throw PortalException.invalid("quotationDeadline", "error.tender.deadline-rest-day", PortalClock.dayOf(deadline));
        }
        List<Long> invitees = choice.candidates().stream().filter(CallOffService.Candidate::offerable)
                .map(c -> c.member().getProviderId()).toList();
        if (invitees.isEmpty()) {
            throw PortalException.conflict("quotationDeadline", "error.call-off.nobody-left");
        }
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Instant decryptionEnds = TenderDocumentsService.decryptionWindowEnds(book, deadline);
        if (!choice.agreement().inForceOn(PortalClock.dayOf(decryptionEnds))) {
            throw PortalException.invalid("quotationDeadline", "error.call-off.quotation-after-agreement",
                    choice.agreement().getTermEnd().toString());
        }
        p.openRound(100, stated, BigDecimal.ZERO, deadline, decryptionEnds, clock.now());
        invitations.inviteToQuote(p, invitees);
        audit.record(actor, "framework.invite-quotations", ProcurementProject.class, projectId, null, Map.of(
                "agreement", choice.agreement().getCode(), "round", p.getTenderRound(), "deadline", deadline,
                "invitees", invitees, "need", stated));
        return new Invited(deadline, decryptionEnds, invitees);
    }

    /**
     * The quotations' decryption window has closed: opens them, refuses those above the agreement price, and awards the
     * call-off to the lowest of the rest at its price; empty when none is left.
     */
    @Transactional
    public Optional<AwardService.Awarded> awardLowest(long projectId) {
        ProcurementProject p = projects.lock(projectId);
        CallOffService.Choice choice = callOffs.choiceFor(p);
        Map<Long, CallOffService.Candidate> byProvider = choice.candidates().stream()
                .collect(Collectors.toMap(c -> c.member().getProviderId(), Function.identity()));
        List<Bid> valid = opening.openQuotations(projectId, providerId -> Optional.ofNullable(byProvider.get(providerId))
                .map(CallOffService.Candidate::amount).orElse(BigDecimal.ZERO));
        Optional<Bid> lowest = valid.stream().min(Comparator.comparing(Bid::getPrice)
                .thenComparing(b -> byProvider.get(b.getProviderId()).member().getPosition()));
        if (lowest.isEmpty()) {
            audit.record(AuditLog.SYSTEM, "framework.quotations-void", ProcurementProject.class, projectId, null,
                    Map.of("round", p.getTenderRound()));
            return Optional.empty();
        }
        Bid winner = lowest.get();
        AwardService.Awarded awarded = awards.awardCallOff(projectId, winner.getId(), winner.getProviderId(), winner.getPrice(),
                AuditLog.SYSTEM);
        CallOff record = offers.save(new CallOff(choice.agreement().getId(), projectId, byProvider.get(winner.getProviderId()).member(),
                winner.getPrice(), "二次竞价最低报价（第 " + p.getTenderRound() + " 轮）", AuditLog.SYSTEM, clock.now()));
        record.accepted(AuditLog.SYSTEM, clock.now(), awarded.award().getId());
        audit.record(AuditLog.SYSTEM, "framework.award-lowest-quotation", CallOff.class, record.getId(), null, Map.of(
                "project", p.getCode(), "provider", winner.getProviderId(), "amount", winner.getPrice(),
                "valid", valid.size()));
        return Optional.of(awarded);
    }
}
