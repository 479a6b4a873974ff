package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.tender.BidDisclosure;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.tender.TenderDocumentsService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges (质疑, 财政部令第94号): a supplier who obtained the documents challenges them within
 * {@code challenge-period-working-days} of the end of their sale period (art. 11), before the deadline; a bidder
 * challenges the opening within that period of its end, before the result is announced; a bidder challenges the
 * process and its result within the challenge window after the award notice, and while that is
 * open the process cannot reach contract signing. The purchaser's answer rejects or upholds (the documents are
 * amended by a clarification; the result is evaluated again or procured again).
 */
@Service
public class ChallengeService {

    private final ChallengeRepository challenges;
    private final ProjectService projects;
    private final AwardService awards;
    private final BidService bidding;
    private final BidDisclosure disclosure;
    private final TenderingProcess process;
    private final AuditLog audit;
    private final PortalClock clock;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final TenderDocumentsService tenderDocuments;

    ChallengeService(ChallengeRepository challenges, ProjectService projects, AwardService awards, BidService bidding,
                     BidDisclosure disclosure, TenderingProcess process, AuditLog audit, PortalClock clock, RulesService rules,
                     DeadlineService deadlines, TenderDocumentsService tenderDocuments) {
        this.challenges = challenges;
        this.projects = projects;
        this.awards = awards;
        this.bidding = bidding;
        this.disclosure = disclosure;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
        this.deadlines = deadlines;
        this.tenderDocuments = tenderDocuments;
    }

    @Transactional
    public Challenge file(Actor actor, long projectId, String grounds) {
        actor.require(Role.PROVIDER);
        ProcurementProject p = projects.lock(projectId);
        Instant now = clock.now();
        if (p.getChallengeWindowEnds() == null || now.isAfter(p.getChallengeWindowEnds())) {
            throw PortalException.conflict(null, "error.challenge.window-closed");
        }
        if (!disclosure.tookPart(p, actor.organisationId())) {
            throw PortalException.forbidden("error.challenge.not-bidder");
        }
        Texts.require("grounds", grounds, 4000);
        Challenge challenge = challenges.save(new Challenge(projectId, Challenge.Subject.RESULT, actor.organisationId(),
                actor.username(), now, grounds.strip()));
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
        if (outcome != Challenge.Status.REJECTED && outcome != Challenge.Status.UPHELD_REEVALUATE
                && outcome != Challenge.Status.UPHELD_RETENDER) {
            throw PortalException.invalid("outcome", "error.unknown", outcome);
        }
        if (outcome == Challenge.Status.UPHELD_REEVALUATE && p.getMethod() == ProcurementMethod.SINGLE_SOURCE) {
            throw PortalException.invalid("outcome", "error.challenge.no-evaluation");
        }
        // the lowest final quotation decides a negotiation: evaluating the same quotations again changes nothing
        if (outcome == Challenge.Status.UPHELD_REEVALUATE && p.getMethod() == ProcurementMethod.COMPETITIVE_NEGOTIATION) {
            throw PortalException.invalid("outcome", "error.challenge.negotiation-reprocure");
        }
        List<Challenge> open = challenges.findByProjectIdAndSubjectAndStatus(projectId, Challenge.Subject.RESULT,
                Challenge.Status.OPEN);
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

    /**
     * The last moment the documents may be challenged: {@code challenge-period-working-days} after the end of their
     * sale period (or of the notice's day, for a method without one), and never after the bid deadline; empty when
     * no documents are out.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> documentsChallengeableUntil(long projectId) {
        ProcurementProject p = projects.project(projectId);
        // a call-off's quotation has no documents to clarify: its need is the agreement's
        if (!p.areDocumentsOut() || p.isCallOff()) {
            return Optional.empty();
        }
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Instant known = p.getMethod().documentsOnSale()
                ? tenderDocuments.documentsOnSaleUntil(book, p.getNoticePublishedAt())
                : p.getNoticePublishedAt();
        Instant last = deadlines.workingDaysEnd(known, book.workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS));
        return Optional.of(last.isBefore(p.getBidDeadline()) ? last : p.getBidDeadline());
    }

    /** A supplier who obtained the documents challenges them (not the bidder's secret: any supplier may). */
    @Transactional
    public Challenge fileAgainstDocuments(Actor actor, long projectId, String grounds) {
        actor.require(Role.PROVIDER);
        Instant now = clock.now();
        Instant until = documentsChallengeableUntil(projectId).filter(now::isBefore)
                .orElseThrow(() -> PortalException.conflict(null, "error.challenge.documents-closed"));
        if (!bidding.mayTakePart(actor, projectId)) {
            throw PortalException.forbidden("error.challenge.not-supplier");
        }
        Texts.require("grounds", grounds, 4000);
        ProcurementProject p = projects.lock(projectId);
        Challenge challenge = challenges.save(new Challenge(projectId, Challenge.Subject.DOCUMENTS, actor.organisationId(),
                actor.username(), now, grounds.strip()));
        // against the challenge, not the project: the project's trail is read before the deadline, and a challenger
        // is a potential bidder (87号令 art. 14)
        audit.record(actor, "challenge.file-documents", Challenge.class, challenge.getId(), null,
                Map.of("project", p.getCode(), "grounds", challenge.getGrounds(), "until", until));
        process.documentsChallengeFiled(p.getCode());
        return challenge;
    }

    /** The purchaser's answer to the open challenges of the documents: rejected, or upheld (the documents are amended). */
    Answer answerDocuments(Actor actor, long projectId, Challenge.Status outcome, String answer) {
        return answerAll(actor, projectId, Challenge.Subject.DOCUMENTS, Challenge.Status.UPHELD_AMEND, outcome, answer);
    }

    /**
     * The last moment a bidder may challenge the opening (94号令 art. 11: within {@code challenge-period-working-days}
     * of the end of the step): from the end of the round's decryption window until then, and only before the award
     * notice, from which the result's challenge covers the process too; empty outside that time.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> processChallengeableUntil(long projectId) {
        ProcurementProject p = projects.project(projectId);
        Instant now = clock.now();
        if (p.getStage() != ProjectStage.TENDERING || p.getDecryptionWindowEnds() == null || !p.isDecryptionOver(now)
                || p.getChallengeWindowEnds() != null) {
            return Optional.empty();
        }
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Instant last = deadlines.workingDaysEnd(p.getDecryptionWindowEnds(), book.workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS));
        return now.isBefore(last) ? Optional.of(last) : Optional.empty();
    }

    /** A bidder of the round challenges a step of the process (the opening) before the result is announced. */
    @Transactional
    public Challenge fileAgainstProcess(Actor actor, long projectId, String grounds) {
        actor.require(Role.PROVIDER);
        Instant until = processChallengeableUntil(projectId)
                .orElseThrow(() -> PortalException.conflict(null, "error.challenge.process-closed"));
        ProcurementProject p = projects.lock(projectId);
        // a bidder whose bid could not be decrypted has most reason to challenge the opening
        if (!disclosure.reachedOpening(p, actor.organisationId())) {
            throw PortalException.forbidden("error.challenge.not-bidder");
        }
        Texts.require("grounds", grounds, 4000);
        Challenge challenge = challenges.save(new Challenge(projectId, Challenge.Subject.PROCESS, actor.organisationId(),
                actor.username(), clock.now(), grounds.strip()));
        audit.record(actor, "challenge.file-process", Challenge.class, challenge.getId(), null,
                Map.of("project", p.getCode(), "grounds", challenge.getGrounds(), "until", until));
        process.processChallengeFiled(p.getCode());
        return challenge;
    }

    /**
     * The purchaser's answer to the open challenges of the process: rejected, or upheld and the step corrected (the
     * answer says how). The tendering waits for it: the contract is not signed before.
     */
    Answer answerProcess(Actor actor, long projectId, Challenge.Status outcome, String answer) {
        return answerAll(actor, projectId, Challenge.Subject.PROCESS, Challenge.Status.UPHELD_CORRECT, outcome, answer);
    }

    /** One answer to every open challenge of a subject answered in its own task: rejected, or upheld as {@code upheld}. */
    private Answer answerAll(Actor actor, long projectId, Challenge.Subject subject, Challenge.Status upheld,
                             Challenge.Status outcome, String answer) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.lock(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        if (outcome != Challenge.Status.REJECTED && outcome != upheld) {
            throw PortalException.invalid("outcome", "error.unknown", outcome);
        }
        for (Challenge c : challenges.findByProjectIdAndSubjectAndStatus(projectId, subject, Challenge.Status.OPEN)) {
            c.answer(outcome, answer.strip(), actor.username(), clock.now());
            audit.record(actor, "challenge.answer", Challenge.class, c.getId(), Map.of("status", Challenge.Status.OPEN),
                    Map.of("status", outcome, "answer", answer));
        }
        return new Answer(outcome, answer.strip());
    }

    /**
     * The challenges whose records the project's trail may show: of the result always; of the documents once the
     * opening of the round has closed (a challenger is a potential bidder, 87号令 art. 14).
     */
    @Transactional(readOnly = true)
    public List<Challenge> onRecord(long projectId) {
        ProcurementProject p = projects.project(projectId);
        boolean biddingOver = p.getStage() != ProjectStage.TENDERING || p.isDecryptionOver(clock.now());
        // a challenger of the process is a bidder still in: named once the bids are, after a negotiation's final quotations
        boolean bidsOnRecord = p.getStage() != ProjectStage.TENDERING || disclosure.onRecord(p);
        return challenges.findByProjectIdOrderByFiledAt(projectId).stream()
                .filter(c -> switch (c.getSubject()) {
                    case RESULT -> true;
                    case DOCUMENTS -> biddingOver;
                    case PROCESS -> bidsOnRecord;
                }).toList();
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
