package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationKind;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invited tender (邀请招标): at least {@code invited-tender-invitees} suppliers drawn at random from the
 * eligible verified pool (政府采购法 art. 34, 87号令 art. 14), the seed and the candidates recorded so that
 * anyone with the audit trail can draw again and get the same invitees.
 */
@Service
public class InvitationService {

    /** The draw as recorded: the seed, the candidates in id order, and those invited. */
    public record Draw(long seed, List<Long> candidates, List<Long> invitees) {
    }

    private final TenderInvitationRepository invitations;
    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final RulesService rules;
    private final AuditLog audit;
    private final PortalClock clock;
    private final SecureRandom seeds = new SecureRandom();

    InvitationService(TenderInvitationRepository invitations, ProjectService projects, OrganisationRepository organisations,
                      RulesService rules, AuditLog audit, PortalClock clock) {
        this.invitations = invitations;
        this.projects = projects;
        this.organisations = organisations;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Draws the invitees of the project's current round and records the invitations. */
    @Transactional
    public Draw drawInvitees(long projectId) {
        ProcurementProject p = projects.project(projectId);
        int needed = rules.forJurisdiction(p.getJurisdictionCode()).count(Rule.INVITED_TENDER_INVITEES);
        List<Long> candidates = candidates(p);
        if (candidates.size() < needed) {
            throw new IllegalStateException("The verified provider pool has " + candidates.size() + " eligible providers for "
                    + p.getCode() + ", an invited tender needs " + needed + ": verify more providers and retry the job");
        }
        long seed = seeds.nextLong();
        List<Long> invitees = draw(seed, candidates, needed);
        Instant now = clock.now();
        invitees.forEach(id -> invitations.save(new TenderInvitation(projectId, p.getTenderRound(), id, now)));
        // recorded against the draw, not the project: the project's trail is read before the deadline
        audit.record(AuditLog.SYSTEM, "tender.draw-invitees", TenderInvitation.class, p.getCode() + "/" + p.getTenderRound(),
                null, Map.of("seed", seed, "candidates", candidates, "invitees", invitees));
        return new Draw(seed, candidates, invitees);
    }

    /** Refuses, before the documents go out, an invited tender the eligible pool cannot fill. */
    void requireEnoughCandidates(ProcurementProject p) {
        int needed = rules.forJurisdiction(p.getJurisdictionCode()).count(Rule.INVITED_TENDER_INVITEES);
        int eligible = candidates(p).size();
        if (eligible < needed) {
            throw PortalException.conflict(null, "error.tender.too-few-invitees", eligible, needed);
        }
    }

    /** A project reserved for SMEs (财库〔2020〕46号) takes only medium, small and micro enterprises; any other takes every provider. */
    static boolean admitsUnderSmeReservation(ProcurementProject p, Organisation provider) {
        return !p.isSmeReserved() || provider.isSme();
    }

    /** The eligible verified providers, in id order: only SMEs where the project is reserved for them. */
    private List<Long> candidates(ProcurementProject p) {
        return organisations.findByKindOrderByName(OrganisationKind.PROVIDER).stream()
                .filter(o -> o.ineligibilityOn(clock.today()) == null).filter(o -> admitsUnderSmeReservation(p, o))
                .map(Organisation::getId).sorted().toList();
    }

    /** The draw itself: the candidates shuffled by the seed, the first {@code needed} taken. */
    public static List<Long> draw(long seed, List<Long> candidates, int needed) {
        List<Long> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, needed));
    }

    /**
     * The suppliers asked to quote in the project's current round, and nobody else: those still in a negotiation
     * (consultation) for final quotations, or the shortlisted suppliers for a call-off's second-round quotation.
     */
    @Transactional
    public void inviteToQuote(ProcurementProject p, List<Long> providerIds) {
        Instant now = clock.now();
        providerIds.forEach(id -> invitations.save(new TenderInvitation(p.getId(), p.getTenderRound(), id, now)));
    }

    /**
     * Whether the provider may bid in the project's current round: always, unless it is an invited tender it was
     * not invited to, a round of final quotations or a call-off's quotation it is not asked for, or a project
     * reserved for SMEs and it is none (财库〔2020〕46号).
     */
    @Transactional(readOnly = true)
    public boolean mayBid(ProcurementProject p, long providerId) {
        if (p.isSmeReserved() && !organisations.findById(providerId).map(o -> admitsUnderSmeReservation(p, o)).orElse(false)) {
            return false;
        }
        return p.getMethod() != ProcurementMethod.INVITED_TENDER && !p.isCallOff() && !p.isFinalQuotationRound()
                || invitations.existsByProjectIdAndTenderRoundAndProviderId(p.getId(), p.getTenderRound(), providerId);
    }
}
