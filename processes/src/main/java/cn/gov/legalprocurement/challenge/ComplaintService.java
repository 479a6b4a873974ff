package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
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
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import cn.gov.legalprocurement.tender.AwardService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints (投诉, 财政部令第94号): a supplier not satisfied with the answer to its challenge, or not answered in
 * time, complains to the finance department within {@code complaint-period-working-days} after the answer period
 * (art. 17); finance decides within {@code complaint-decision-working-days} (art. 26) and may meanwhile suspend the
 * procurement for at most {@code complaint-suspension-max-days} (art. 28). Founded and affecting the result, the
 * award is void and the procurement is carried out again, as an upheld challenge has it (art. 32); every decision is
 * published (art. 37).
 */
@Service
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final ChallengeRepository challenges;
    private final ProjectService projects;
    private final AwardService awards;
    private final ContractService contracts;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final ComplaintProcess process;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final PortalClock clock;

    ComplaintService(ComplaintRepository complaints, ChallengeRepository challenges, ProjectService projects,
                     AwardService awards, ContractService contracts, OrganisationRepository organisations,
                     PublicationService publication, ComplaintProcess process, RulesService rules, DeadlineService deadlines,
                     AuditLog audit, PortalClock clock) {
        this.complaints = complaints;
        this.challenges = challenges;
        this.projects = projects;
        this.awards = awards;
        this.contracts = contracts;
        this.organisations = organisations;
        this.publication = publication;
        this.process = process;
        this.rules = rules;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** When the answer period of a challenge ends: {@code challenge-answer-working-days} after it was filed. */
    private Instant answerPeriodEnds(Challenge c, RuleBook book) {
        return deadlines.workingDaysEnd(c.getFiledAt(), book.workingDays(Rule.CHALLENGE_ANSWER_WORKING_DAYS));
    }

    /** The last moment the challenger may complain: {@code complaint-period-working-days} after the answer period. */
    @Transactional(readOnly = true)
    public Instant complainableUntil(Challenge c) {
        RuleBook book = rules.forJurisdiction(projects.project(c.getProjectId()).getJurisdictionCode());
        return deadlines.workingDaysEnd(answerPeriodEnds(c, book), book.workingDays(Rule.COMPLAINT_PERIOD_WORKING_DAYS));
    }

    /** The challenger complains: its challenge answered (or its answer period over), within the complaint period. */
    @Transactional
    public Complaint file(Actor actor, long challengeId, String grounds) {
        actor.require(Role.PROVIDER);
        Challenge c = challenges.findById(challengeId).orElseThrow(() -> PortalException.invalid("challengeId", "error.unknown", challengeId));
        if (c.getProviderId() != actor.organisationId()) {
            throw PortalException.forbidden("error.complaint.not-challenger");
        }
        ProcurementProject p = projects.lock(c.getProjectId());
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Instant now = clock.now();
        Instant answerEnds = answerPeriodEnds(c, book);
        if (c.getStatus() == Challenge.Status.OPEN && now.isBefore(answerEnds)) {
            throw PortalException.conflict(null, "error.complaint.answer-pending", PortalClock.dayOf(answerEnds));
        }
        Instant until = deadlines.workingDaysEnd(answerEnds, book.workingDays(Rule.COMPLAINT_PERIOD_WORKING_DAYS));
        if (now.isAfter(until)) {
            throw PortalException.conflict(null, "error.complaint.window-closed", PortalClock.dayOf(until));
        }
        if (complaints.findByChallengeIdOrderById(challengeId).stream().anyMatch(x -> x.getStatus() == Complaint.Status.OPEN)) {
            throw PortalException.conflict(null, "error.complaint.already-filed");
        }
        String text = Texts.require("grounds", grounds, 4000);
        Complaint complaint = complaints.save(new Complaint(p.getId(), challengeId, actor.organisationId(), actor.username(), now, text));
        audit.record(actor, "complaint.file", Complaint.class, complaint.getId(), null,
                Map.of("project", p.getCode(), "challenge", challengeId, "grounds", text));
        process.start(p.getCode(), p.getId(), complaint.getId(),
                deadlines.workingDaysEnd(now, book.workingDays(Rule.COMPLAINT_DECISION_WORKING_DAYS)));
        return complaint;
    }

    /**
     * FINANCE suspends the procurement while it decides, for {@code days} (at most
     * {@code complaint-suspension-max-days}); the project's tasks cannot be completed and its timers wait.
     */
    @Transactional
    public Instant suspend(Actor actor, long complaintId, int days) {
        actor.require(Role.FINANCE);
        Complaint complaint = open(complaintId);
        ProcurementProject p = projects.lock(complaint.getProjectId());
        int max = rules.forJurisdiction(p.getJurisdictionCode()).days(Rule.COMPLAINT_SUSPENSION_MAX_DAYS);
        if (days < 1 || days > max) {
            throw PortalException.invalid("days", "error.complaint.suspension-days", max);
        }
        if (complaint.getSuspendedAt() != null) {
            throw PortalException.conflict(null, "error.complaint.already-suspended");
        }
        Instant now = clock.now();
        Instant until = now.plus(Duration.ofDays(days));
        complaint.suspended(now, until);
        process.suspend(p.getCode(), complaintId, until);
        audit.record(actor, "complaint.suspend", Complaint.class, complaintId, null, Map.of("project", p.getCode(), "until", until));
        return until;
    }

    /** The suspension ends: at its term, or with the decision. */
    @Transactional
    public void resume(long complaintId) {
        Complaint complaint = complaints.findById(complaintId).orElseThrow();
        if (complaint.isSuspending()) {
            complaint.resumed(clock.now());
            process.resume(projects.project(complaint.getProjectId()).getCode());
            audit.record(AuditLog.SYSTEM, "complaint.resume", Complaint.class, complaintId, null, Map.of("at", clock.now()));
        }
    }

    /** FINANCE decides: the suspension ends, the decision is published, and a void result sends the procurement back. */
    Complaint.Status decide(Actor actor, long complaintId, Complaint.Status outcome, String decision) {
        actor.require(Role.FINANCE);
        Complaint complaint = open(complaintId);
        if (outcome == null || outcome == Complaint.Status.OPEN) {
            throw PortalException.invalid("outcome", "error.required");
        }
        String text = Texts.require("decision", decision, 4000);
        ProcurementProject p = projects.lock(complaint.getProjectId());
        if (outcome == Complaint.Status.UPHELD_RESULT_VOID && contracts.signedFor(p.getId())) {
            throw PortalException.invalid("outcome", "error.complaint.contract-signed");
        }
        complaint.decide(outcome, text, actor.username(), clock.now());
        audit.record(actor, "complaint.decide", Complaint.class, complaintId, Map.of("status", Complaint.Status.OPEN),
                Map.of("status", outcome, "decision", text));
        resume(complaintId);
        publication.publish(p.getId(), Announcement.Kind.COMPLAINT_DECISION, p.getTitle() + " 投诉处理决定",
                "项目编号：%s\n投诉人：%s\n处理结果：%s\n%s".formatted(p.getCode(), organisations.nameOf(complaint.getProviderId()),
                        outcomeText(outcome), text), null, Optional.empty());
        if (outcome == Complaint.Status.UPHELD_RESULT_VOID) {
            awards.cancelAward(p.getId(), text);
            contracts.withdrawUnsigned(p.getId(), text);
            process.restartTendering(p.getCode());
        }
        return outcome;
    }

    private static String outcomeText(Complaint.Status outcome) {
        return switch (outcome) {
            case DISMISSED -> "投诉缺乏事实依据，驳回投诉";
            case UPHELD_NO_EFFECT -> "投诉事项成立，但不影响采购结果，继续开展采购活动";
            case UPHELD_RESULT_VOID -> "投诉事项成立且影响采购结果，中标（成交）结果无效，责令重新开展采购活动";
            case OPEN -> throw new IllegalArgumentException("not a decision");
        };
    }

    private Complaint open(long complaintId) {
        Complaint complaint = complaints.findById(complaintId)
                .orElseThrow(() -> PortalException.invalid("complaintId", "error.unknown", complaintId));
        if (complaint.getStatus() != Complaint.Status.OPEN) {
            throw PortalException.conflict(null, "error.complaint.decided");
        }
        return complaint;
    }

    @Transactional(readOnly = true)
    public Complaint complaint(long complaintId) {
        return complaints.findById(complaintId).orElseThrow(() -> PortalException.notFound("Complaint", complaintId));
    }

    @Transactional(readOnly = true)
    public List<Complaint> ofProject(long projectId) {
        return complaints.findByProjectIdOrderById(projectId);
    }

    /** The supplier's complaints, newest first. */
    @Transactional(readOnly = true)
    public List<Complaint> mine(Actor actor) {
        actor.require(Role.PROVIDER);
        return complaints.findByProviderIdOrderByIdDesc(actor.organisationId());
    }
}
