package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.CallOffRule;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import cn.gov.legalprocurement.tender.AwardService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage two of a framework agreement (财政部令第110号): each call-off is offered to one shortlisted supplier — the
 * one the purchaser chooses for the service recipient (直接选定), or the next in the agreement's order (顺序轮候: after
 * the member last offered a call-off, skipping one no longer eligible and one that declined this call-off) — who
 * accepts, and the call-off is awarded at the member's rate (its stage-one price over the stage-one estimate), or declines, and the call-off is offered again.
 */
@Service
public class CallOffService {

    /**
     * Who the call-off may be offered to, in the agreement's order, and for how much; {@code refusal} says why not,
     * null when it may.
     */
    public record Candidate(FrameworkMember member, String provider, BigDecimal amount, String refusal) {
        public boolean offerable() {
            return refusal == null;
        }
    }

    /** What the purchaser chooses from: the agreement, its members, and under rotation the one whose turn it is. */
    public record Choice(FrameworkAgreement agreement, List<Candidate> candidates, Optional<Long> nextInTurn) {
    }

    /** The offer made and the moment it lapses unanswered. */
    public record Offered(long providerId, Instant answerDue) {
    }

    /** The supplier's answer: the award when accepted. */
    public record Answer(boolean accepted, Optional<AwardService.Awarded> award) {
    }

    /** What a call-off unanswered in time is recorded with. */
    static final String LAPSED = "逾期未答复，视为放弃本次合同授予";

    private final FrameworkAgreementRepository agreements;
    private final FrameworkMemberRepository members;
    private final CallOffRepository callOffs;
    private final ProjectService projects;
    private final AwardService awards;
    private final OrganisationRepository organisations;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final PortalClock clock;
    private final BudgetService budget;

    CallOffService(FrameworkAgreementRepository agreements, FrameworkMemberRepository members, CallOffRepository callOffs,
                   ProjectService projects, AwardService awards, OrganisationRepository organisations, RulesService rules,
                   DeadlineService deadlines, AuditLog audit, PortalClock clock, BudgetService budget) {
        this.budget = budget;
        this.agreements = agreements;
        this.members = members;
        this.callOffs = callOffs;
        this.projects = projects;
        this.awards = awards;
        this.organisations = organisations;
        this.rules = rules;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** The purchaser's choice for the call-off: every member, whether it may be offered the call-off and why not. */
    @Transactional(readOnly = true)
    public Choice choice(Actor actor, long projectId) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        return choiceFor(p);
    }

    Choice choiceFor(ProcurementProject p) {
        FrameworkAgreement agreement = agreementOf(p);
        List<FrameworkMember> order = members.findByAgreementIdOrderByPosition(agreement.getId());
        Set<Long> declinedHere = callOffs.findByProjectIdOrderById(p.getId()).stream()
                .filter(c -> c.getStatus() == CallOff.Status.DECLINED).map(CallOff::getProviderId).collect(Collectors.toSet());
        LocalDate today = clock.today();
        List<Candidate> candidates = new ArrayList<>();
        for (FrameworkMember m : order) {
            Organisation provider = organisations.findById(m.getProviderId()).orElseThrow();
            String refusal = provider.ineligibilityOn(today);
            if (refusal == null && declinedHere.contains(m.getProviderId())) {
                refusal = "error.call-off.declined";
            }
            candidates.add(new Candidate(m, provider.getName(), agreement.callOffAmount(m, p.getEstimatedAmount()), refusal));
        }
        Optional<Long> next = Optional.empty();
        if (agreement.getCallOffRule() == CallOffRule.ROTATION) {
            int last = callOffs.findByAgreementIdOrderById(agreement.getId()).stream().reduce((a, b) -> b)
                    .map(CallOff::getPosition).orElse(0);
            next = rotation(candidates, last).map(c -> c.member().getProviderId());
        }
        return new Choice(agreement, candidates, next);
    }

    /**
     * The first member after position {@code last}, in circular order, who may be offered the call-off; a member
     * skipped because it may not (suspended, excluded, declined) simply loses this turn.
     */
    static Optional<Candidate> rotation(List<Candidate> inOrder, int last) {
        int n = inOrder.size();
        int start = 0;
        while (start < n && inOrder.get(start).member().getPosition() <= last) {
            start++;
        }
        for (int i = 0; i < n; i++) {
            Candidate c = inOrder.get((start + i) % n);
            if (c.offerable()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Every member declined the call-off or may not be offered it (suspended, excluded): the purchaser ends it with the
     * reason; the project is cancelled and its budget released. Refused while a member may still be offered it.
     */
    @Transactional
    public void terminate(Actor actor, long projectId, String reason) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.lock(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        requireNoOpenOffer(projectId);
        Choice choice = choiceFor(p);
        // by second-round quotation, after a round that left no quotation to award; otherwise once nobody is left
        boolean quotedInVain = choice.agreement().getCallOffRule() == CallOffRule.SECOND_ROUND_QUOTATION && p.getTenderRound() > 0;
        if (!quotedInVain && choice.candidates().stream().anyMatch(Candidate::offerable)) {
            throw PortalException.conflict("terminate", "error.call-off.members-left");
        }
        String grounds = Texts.require("reason", reason, 2000);
        budget.release(projectId);
        audit.record(actor, "framework.terminate-call-off", ProcurementProject.class, projectId, null,
                Map.of("agreement", choice.agreement().getCode(), "reason", grounds));
    }

    /** A call-off offered and not yet answered can be neither offered again nor ended. */
    private void requireNoOpenOffer(long projectId) {
        if (callOffs.findByProjectIdOrderById(projectId).stream().anyMatch(c -> c.getStatus() == CallOff.Status.OFFERED)) {
            throw PortalException.conflict(null, "error.call-off.already-offered");
        }
    }

    /** The purchaser offers the call-off: to the member chosen (direct choice) or to the one whose turn it is (rotation). */
    Offered offer(Actor actor, long projectId, Long providerId, String reason) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.lock(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        requireNoOpenOffer(projectId);
        Choice choice = choiceFor(p);
        if (choice.agreement().getCallOffRule() == CallOffRule.SECOND_ROUND_QUOTATION) {
            throw PortalException.invalid("quotationDeadline", "error.call-off.by-quotation");
        }
        String grounds;
        Candidate chosen;
        if (choice.agreement().getCallOffRule() == CallOffRule.ROTATION) {
            long next = choice.nextInTurn().orElseThrow(() -> PortalException.conflict("providerId", "error.call-off.nobody-left"));
            if (providerId != null && providerId != next) {
                throw PortalException.invalid("providerId", "error.call-off.not-in-turn", organisations.nameOf(next));
            }
            chosen = choice.candidates().stream().filter(c -> c.member().getProviderId() == next).findFirst().orElseThrow();
            grounds = reason == null || reason.isBlank() ? "顺序轮候" : Texts.require("reason", reason, 2000);
        } else {
            if (providerId == null) {
                throw PortalException.invalid("providerId", "error.required");
            }
            chosen = choice.candidates().stream().filter(c -> c.member().getProviderId().equals(providerId)).findFirst()
                    .orElseThrow(() -> PortalException.invalid("providerId", "error.call-off.not-member"));
            if (!chosen.offerable()) {
                throw PortalException.invalid("providerId", chosen.refusal(), chosen.provider());
            }
            grounds = Texts.require("reason", reason, 2000);
        }
        Instant now = clock.now();
        CallOff offer = callOffs.save(new CallOff(choice.agreement().getId(), projectId, chosen.member(),
                chosen.amount(), grounds, actor.username(), now));
        audit.record(actor, "framework.offer-call-off", CallOff.class, offer.getId(), null, Map.of("project", p.getCode(),
                "provider", offer.getProviderId(), "position", offer.getPosition(), "amount", offer.getAmount(),
                "rule", choice.agreement().getCallOffRule(), "reason", grounds));
        Instant due = deadlines.workingDaysEnd(now, rules.forJurisdiction(p.getJurisdictionCode())
                .workingDays(Rule.CALL_OFF_ANSWER_WORKING_DAYS));
        return new Offered(offer.getProviderId(), due);
    }

    /** The offer waiting for the supplier's answer, shown to that supplier and to the purchaser. */
    @Transactional(readOnly = true)
    public Optional<CallOff> openOffer(Actor actor, long projectId) {
        actor.require(Role.PURCHASER, Role.PURCHASER_HEAD, Role.PROVIDER);
        ProcurementProject p = projects.project(projectId);
        Optional<CallOff> open = callOffs.findByProjectIdOrderById(projectId).stream()
                .filter(c -> c.getStatus() == CallOff.Status.OFFERED).findFirst();
        boolean purchaser = !actor.has(Role.PROVIDER) && actor.organisationId() == p.getPurchaserId();
        return open.filter(c -> purchaser || c.getProviderId() == actor.organisationId());
    }

    /** The supplier offered the call-off accepts it (the award at its rate) or declines it, with its reason. */
    Answer answer(Actor actor, long projectId, boolean accept, String reason) {
        actor.require(Role.PROVIDER);
        projects.lock(projectId);
        CallOff offer = callOffs.findByProjectIdOrderById(projectId).stream()
                .filter(c -> c.getStatus() == CallOff.Status.OFFERED).findFirst()
                .orElseThrow(() -> PortalException.conflict(null, "error.call-off.no-offer"));
        if (offer.getProviderId() != actor.organisationId()) {
            throw PortalException.forbidden("error.task.not-yours");
        }
        Instant now = clock.now();
        if (!accept) {
            offer.declined(Texts.require("reason", reason, 2000), actor.username(), now);
            audit.record(actor, "framework.decline-call-off", CallOff.class, offer.getId(), Map.of("status", CallOff.Status.OFFERED),
                    Map.of("status", CallOff.Status.DECLINED, "reason", offer.getAnswer()));
            return new Answer(false, Optional.empty());
        }
        AwardService.Awarded awarded = awards.awardCallOff(projectId, null, offer.getProviderId(), offer.getAmount(), actor.username());
        offer.accepted(actor.username(), now, awarded.award().getId());
        audit.record(actor, "framework.accept-call-off", CallOff.class, offer.getId(), Map.of("status", CallOff.Status.OFFERED),
                Map.of("status", CallOff.Status.ACCEPTED, "award", awarded.award().getId()));
        return new Answer(true, Optional.of(awarded));
    }

    /** The answer period ran out: the offer counts as declined and the call-off is offered again. */
    @Transactional
    public void lapse(long projectId) {
        callOffs.findByProjectIdOrderById(projectId).stream().filter(c -> c.getStatus() == CallOff.Status.OFFERED)
                .forEach(c -> {
                    c.declined(LAPSED, AuditLog.SYSTEM, clock.now());
                    audit.record(AuditLog.SYSTEM, "framework.call-off-lapsed", CallOff.class, c.getId(),
                            Map.of("status", CallOff.Status.OFFERED), Map.of("status", CallOff.Status.DECLINED));
                });
    }

    /** The offers of one call-off, oldest first. */
    @Transactional(readOnly = true)
    public List<CallOff> ofProject(long projectId) {
        return callOffs.findByProjectIdOrderById(projectId);
    }

    private FrameworkAgreement agreementOf(ProcurementProject p) {
        if (!p.isCallOff()) {
            throw PortalException.conflict(null, "error.call-off.not-call-off");
        }
        return agreements.findById(p.getFrameworkAgreementId()).orElseThrow();
    }
}
