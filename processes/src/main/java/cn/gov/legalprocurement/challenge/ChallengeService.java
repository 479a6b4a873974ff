package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges: a bidder files one within the challenge window after the award notice; while it is
 * open the process cannot reach contract signing; the purchaser's answer rejects it or upholds it
 * (re-evaluation or re-tender).
 */
@Service
public class ChallengeService {

    private final ChallengeRepository challenges;
    private final ProjectService projects;
    private final AwardService awards;
    private final BidService bidding;
    private final TenderingProcess process;
    private final AuditLog audit;
    private final PortalClock clock;

    ChallengeService(ChallengeRepository challenges, ProjectService projects, AwardService awards, BidService bidding,
                     TenderingProcess process, AuditLog audit, PortalClock clock) {
        this.challenges = challenges;
        this.projects = projects;
        this.awards = awards;
        this.bidding = bidding;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Challenge file(Actor actor, long projectId, String grounds) {
        actor.require(Role.PROVIDER);
        ProcurementProject p = projects.lock(projectId);
        Instant now = clock.now();
        if (p.getChallengeWindowEnds() == null || now.isAfter(p.getChallengeWindowEnds())) {
            throw PortalException.conflict(null, "error.challenge.window-closed");
        }
        boolean bidder = bidding.currentRound(projectId).stream()
                .anyMatch(b -> b.getProviderId() == actor.organisationId() && b.getStatus() != Bid.Status.WITHDRAWN);
        if (!bidder) {
            throw PortalException.forbidden("error.challenge.not-bidder");
        }
        Texts.require("grounds", grounds, 4000);
        Challenge challenge = challenges.save(new Challenge(projectId, actor.organisationId(), actor.username(), now,
                grounds.strip()));
        audit.record(actor, "challenge.file", Challenge.class, challenge.getId(), null,
                Map.of("project", p.getCode(), "grounds", challenge.getGrounds()));
        process.challengeFiled(p.getCode(), challenge.getId());
        return challenge;
    }

    /** The purchaser's answer to the open challenges. */
    public record Answer(Challenge.Status outcome, String text) {
    }

    Answer answer(Actor actor, long projectId, Challenge.Status outcome, String answer) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.lock(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        if (outcome == Challenge.Status.OPEN) {
            throw PortalException.invalid("outcome", "error.unknown", outcome);
        }
        if (outcome == Challenge.Status.UPHELD_REEVALUATE && p.getMethod() == ProcurementMethod.SINGLE_SOURCE) {
            throw PortalException.invalid("outcome", "error.challenge.no-evaluation");
        }
        List<Challenge> open = challenges.findByProjectIdAndStatus(projectId, Challenge.Status.OPEN);
        for (Challenge c : open) {
            c.answer(outcome, answer.strip(), actor.username(), clock.now());
            audit.record(actor, "challenge.answer", Challenge.class, c.getId(), Map.of("status", Challenge.Status.OPEN),
                    Map.of("status", outcome, "answer", answer));
        }
        if (outcome == Challenge.Status.UPHELD_RETENDER) {
            awards.cancelAward(projectId, answer.strip());
        }
        return new Answer(outcome, answer.strip());
    }

    @Transactional(readOnly = true)
    public List<Challenge> ofProject(long projectId) {
        return challenges.findByProjectIdOrderByFiledAt(projectId);
    }

    @Transactional(readOnly = true)
    public List<Challenge> mine(Actor actor) {
        actor.require(Role.PROVIDER);
        return challenges.findByProviderIdOrderByFiledAtDesc(actor.organisationId());
    }
}
