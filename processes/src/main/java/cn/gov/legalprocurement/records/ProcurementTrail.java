package cn.gov.legalprocurement.records;

import cn.gov.legalprocurement.audit.AuditEvent;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.challenge.Challenge;
import cn.gov.legalprocurement.challenge.ChallengeService;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.evaluation.EvaluationCommittee;
import cn.gov.legalprocurement.evaluation.EvaluationService;
import cn.gov.legalprocurement.evaluation.NegotiationRound;
import cn.gov.legalprocurement.evaluation.NegotiationService;
import cn.gov.legalprocurement.payment.Payment;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.tender.Award;
import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidBond;
import cn.gov.legalprocurement.tender.BidBondService;
import cn.gov.legalprocurement.tender.BidDisclosure;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything recorded about one procurement, across its features: the project, its bids (those of a round
 * whose opening has not closed show nothing, not even that they exist), committees and scores, awards,
 * challenges and, once there is one, the contract and its payments. Callers check first that the user may
 * read the project.
 */
@Service
public class ProcurementTrail {

    private final AuditLog audit;
    private final BidDisclosure bidding;
    private final EvaluationService evaluation;
    private final AwardService awards;
    private final ChallengeService challenges;
    private final PaymentService payments;
    private final NegotiationService negotiation;
    private final BidBondService bonds;

    ProcurementTrail(AuditLog audit, BidDisclosure bidding, EvaluationService evaluation, AwardService awards,
                     ChallengeService challenges, PaymentService payments, NegotiationService negotiation,
                     BidBondService bonds) {
        this.bonds = bonds;
        this.audit = audit;
        this.bidding = bidding;
        this.evaluation = evaluation;
        this.awards = awards;
        this.challenges = challenges;
        this.payments = payments;
        this.negotiation = negotiation;
    }

    /** The events grouped as above, each group in the order its feature lists it (awards newest first). */
    @Transactional(readOnly = true)
    public List<AuditEvent> of(long projectId, Long contractId) {
        List<AuditEvent> events = new ArrayList<>(audit.trail(ProcurementProject.class, projectId));
        bidding.bidsOnRecord(projectId).forEach(id -> events.addAll(audit.trail(Bid.class, id)));
        bonds.onRecord(projectId).forEach(b -> events.addAll(audit.trail(BidBond.class, b.getId())));
        evaluation.committees(projectId).forEach(c -> events.addAll(audit.trail(EvaluationCommittee.class, c.getId())));
        negotiation.roundsOnRecord(projectId).forEach(id -> events.addAll(audit.trail(NegotiationRound.class, id)));
        awards.awards(projectId).forEach(a -> events.addAll(audit.trail(Award.class, a.getId())));
        challenges.onRecord(projectId).forEach(c -> events.addAll(audit.trail(Challenge.class, c.getId())));
        if (contractId != null) {
            events.addAll(audit.trail(Contract.class, contractId));
            payments.ofContract(contractId).forEach(p -> events.addAll(audit.trail(Payment.class, p.getId())));
        }
        return events;
    }
}
