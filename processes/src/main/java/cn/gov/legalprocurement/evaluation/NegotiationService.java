package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidDisclosure;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.tender.InvitationService;
import cn.gov.legalprocurement.tender.OpeningService;
import cn.gov.legalprocurement.tender.TenderDocumentsService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competitive negotiation (竞争性谈判, 74号令 arts. 30–35) and competitive consultation (竞争性磋商, 财库〔2014〕214号
 * arts. 18–24): after the first responses are opened, the panel negotiates with each supplier in rounds, may
 * change the documents between rounds (every supplier still in it is told in writing), eliminates those who do
 * not meet the requirements, and finally asks every remaining supplier for a final quotation by a deadline.
 * The final quotations are a sealed round of their own, open only to those suppliers. Negotiation then awards
 * the lowest final price; consultation scores comprehensively.
 */
@Service
public class NegotiationService {

    /** What comes after a round: another round, the final quotations, or too few suppliers to go on. */
    public enum Next { ANOTHER_ROUND, FINAL_QUOTATIONS, TOO_FEW }

    /** A round as recorded: what comes next, and for final quotations the deadline and the end of their decryption. */
    public record Outcome(Next next, int remaining, int needed, Instant finalQuotationDeadline, Instant decryptionWindowEnds) {
    }

    /** A change to the documents as a supplier in the negotiation reads it. */
    public record DocumentsChange(int roundNo, Instant at, String text) {
    }

    private final NegotiationRoundRepository rounds;
    private final EvaluationService evaluation;
    private final EvaluationCommitteeRepository committees;
    private final BidService bidding;
    private final BidDisclosure disclosure;
    private final OpeningService opening;
    private final InvitationService invitations;
    private final TenderDocumentsService documents;
    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final RulesService rules;
    private final AuditLog audit;
    private final PortalClock clock;

    NegotiationService(NegotiationRoundRepository rounds, EvaluationService evaluation,
                       EvaluationCommitteeRepository committees, BidService bidding, BidDisclosure disclosure, OpeningService opening,
                       InvitationService invitations, TenderDocumentsService documents, ProjectService projects,
                       OrganisationRepository organisations, RulesService rules, AuditLog audit, PortalClock clock) {
        this.rounds = rounds;
        this.evaluation = evaluation;
        this.committees = committees;
        this.bidding = bidding;
        this.disclosure = disclosure;
        this.opening = opening;
        this.invitations = invitations;
        this.documents = documents;
        this.projects = projects;
        this.organisations = organisations;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The responses still in the negotiation, for the members of the panel. */
    @Transactional(readOnly = true)
    public List<Bid> responsesInNegotiation(Actor actor, long projectId) {
        evaluation.requireMember(actor, projectId);
        return bidding.currentRound(projectId).stream().filter(Bid::isQualified).toList();
    }

    /**
     * The rounds of the current negotiation recorded so far, oldest first, for the panel only: until the final
     * quotations are opened, who is still in and what was negotiated stay within the panel (74号令 31).
     */
    @Transactional(readOnly = true)
    public List<NegotiationRound> rounds(Actor actor, long projectId) {
        evaluation.requireMember(actor, projectId);
        return currentRounds(projects.project(projectId));
    }

    /**
     * The changes to the documents made during the current negotiation, for a supplier still in it (they are told
     * in writing, 74号令 art. 31); nothing for anybody else, an eliminated supplier included.
     */
    @Transactional(readOnly = true)
    public List<DocumentsChange> changesFor(Actor actor, long projectId) {
        actor.require(Role.PROVIDER);
        ProcurementProject p = projects.project(projectId);
        List<NegotiationRound> recorded = currentRounds(p);
        boolean stillIn = !recorded.isEmpty() && bidding.roundOf(projectId, p.firstResponseRound()).stream()
                .anyMatch(b -> b.getProviderId() == actor.organisationId() && b.isQualified());
        if (!stillIn) {
            return List.of();
        }
        return recorded.stream().filter(r -> r.getDocumentsChange() != null)
                .map(r -> new DocumentsChange(r.getRoundNo(), r.getRecordedAt(), r.getDocumentsChange())).toList();
    }

    /** The rounds whose records the project's trail may show: once the procurement's bids are on record. */
    @Transactional(readOnly = true)
    public List<Long> roundsOnRecord(long projectId) {
        ProcurementProject p = projects.project(projectId);
        boolean current = disclosure.onRecord(p);
        return rounds.findByProjectIdOrderById(projectId).stream()
                .filter(r -> r.getTenderRound() < p.firstResponseRound() || current).map(NegotiationRound::getId).toList();
    }

    private List<NegotiationRound> currentRounds(ProcurementProject p) {
        return rounds.findByProjectIdAndTenderRoundOrderById(p.getId(), p.firstResponseRound());
    }

    /**
     * The panel's chair records a round: the minutes, a change to the documents if any, the suppliers who leave
     * for not meeting the requirements (each with a reason), and whether another round follows or the final
     * quotations are called, by a deadline. When fewer suppliers remain than the procurement needs, it cannot go on.
     */
    Outcome recordRound(Actor actor, long projectId, String minutes, String documentsChange, Map<Long, String> eliminations,
                        boolean callFinalQuotations, Instant finalQuotationDeadline) {
        EvaluationCommittee committee = evaluation.requireMember(actor, projectId);
        ProcurementProject p = projects.lock(projectId);
        if (p.getStage() != ProjectStage.TENDERING || !p.getMethod().negotiates() || p.isFinalQuotationRound()) {
            throw PortalException.conflict(null, "error.negotiation.not-negotiating");
        }
        if (minutes == null || minutes.isBlank()) {
            throw PortalException.invalid("minutes", "error.required");
        }
        String change = documentsChange == null || documentsChange.isBlank() ? null : documentsChange.strip();
        Map<Long, Bid> inNegotiation = bidding.currentRound(projectId).stream().filter(Bid::isQualified)
                .collect(Collectors.toMap(Bid::getId, b -> b, (a, b) -> a, LinkedHashMap::new));
        Map<Long, String> leaving = eliminations == null ? Map.of() : eliminations;
        for (Map.Entry<Long, String> e : leaving.entrySet()) {
            if (!inNegotiation.containsKey(e.getKey())) {
                throw PortalException.invalid("eliminations", "error.negotiation.unknown-response", e.getKey());
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw PortalException.invalid("eliminations", "error.negotiation.reason-required", e.getKey());
            }
        }
        int remaining = inNegotiation.size() - leaving.size();
        int needed = opening.neededSuppliers(p);
        Instant decryptionEnds = null;
        if (callFinalQuotations && remaining >= needed) {
            if (finalQuotationDeadline == null) {
                throw PortalException.invalid("finalQuotationDeadline", "error.required");
            }
            if (!finalQuotationDeadline.isAfter(clock.now())) {
                throw PortalException.invalid("finalQuotationDeadline", "error.negotiation.deadline-past");
            }
            if (documents.deadlineDay(projectId, finalQuotationDeadline) == TenderDocumentsService.DeadlineDay.REST_DAY_REFUSED) {
                throw PortalException.invalid("finalQuotationDeadline", "error.tender.deadline-rest-day",
                        PortalClock.dayOf(finalQuotationDeadline));
            }
            decryptionEnds = TenderDocumentsService.decryptionWindowEnds(rules.forJurisdiction(p.getJurisdictionCode()),
                    finalQuotationDeadline);
        }
        int roundNo = rounds.countByProjectIdAndTenderRound(projectId, p.getTenderRound()) + 1;
        List<String> eliminated = new ArrayList<>();
        leaving.forEach((bidId, reason) -> {
            Bid bid = inNegotiation.get(bidId);
            bid.eliminate("第 " + roundNo + " 轮谈判（磋商）中不满足采购需求：" + reason.strip());
            eliminated.add(organisations.nameOf(bid.getProviderId()) + "：" + reason.strip());
        });
        NegotiationRound round = rounds.save(new NegotiationRound(projectId, p.getTenderRound(), roundNo, minutes.strip(), change,
                eliminated.isEmpty() ? null : String.join("\n", eliminated), actor.username(), clock.now()));
        Next next = remaining < needed ? Next.TOO_FEW : callFinalQuotations ? Next.FINAL_QUOTATIONS : Next.ANOTHER_ROUND;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", roundNo);
        details.put("eliminated", leaving.keySet());
        details.put("documentsChanged", change != null);
        details.put("remaining", remaining);
        details.put("needed", needed);
        details.put("next", next);
        if (next == Next.FINAL_QUOTATIONS) {
            List<Long> stillIn = inNegotiation.values().stream().filter(Bid::isQualified).map(Bid::getProviderId)
                    .sorted(Comparator.naturalOrder()).toList();
            p.openFinalQuotationRound(finalQuotationDeadline, decryptionEnds);
            invitations.inviteToQuote(p, stillIn);
            // the same panel evaluates the final quotations
            committees.save(new EvaluationCommittee(projectId, p.getTenderRound(), clock.now(), actor.username(),
                    committee.getRandomSeed(), committee.getExpertIds()));
            details.put("finalQuotationRound", p.getTenderRound());
            details.put("finalQuotationDeadline", finalQuotationDeadline);
        }
        audit.record(actor, "negotiation.round", NegotiationRound.class, round.getId(), null, details);
        return new Outcome(next, remaining, needed, next == Next.FINAL_QUOTATIONS ? finalQuotationDeadline : null, decryptionEnds);
    }

    /**
     * Competitive negotiation awards the lowest final quotation among the suppliers meeting the requirements
     * (74号令 art. 35), a small or micro enterprise's evaluated after the SME deduction (财库〔2020〕46号 art. 9);
     * equal evaluated prices keep the order in which the quotations were sealed.
     */
    @Transactional
    public void rankFinalQuotations(long projectId) {
        ProcurementProject p = projects.project(projectId);
        BigDecimal deduction = EvaluationService.smeDeduction(p, rules.forJurisdiction(p.getJurisdictionCode()));
        List<Bid> qualified = bidding.currentRound(projectId).stream().filter(Bid::isQualified).toList();
        qualified.forEach(b -> b.score(EvaluationService.evaluatedPrice(b, deduction), null, null, null));
        List<Bid> ordered = qualified.stream()
                .sorted(Comparator.comparing(Bid::getEvaluatedPrice).thenComparing(Bid::getSubmittedAt)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).rank(i + 1);
        }
        audit.record(AuditLog.SYSTEM, "negotiation.rank-final-quotations", ProcurementProject.class, projectId, null,
                ordered.stream().collect(Collectors.toMap(b -> "bid-" + b.getId(), b -> b.getRankNo() + ":" + b.getEvaluatedPrice())));
    }
}
