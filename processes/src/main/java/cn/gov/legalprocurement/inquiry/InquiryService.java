package cn.gov.legalprocurement.inquiry;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import cn.gov.legalprocurement.tender.InvitationService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inquiries (询问, 政府采购法 art. 51): any eligible supplier asks about a procurement whose notice is out;
 * the purchaser answers within {@code inquiry-answer-working-days} (实施条例 art. 52), and the head is
 * called in when the answer is late. The purchaser reads the question, not who asked.
 */
@Service
public class InquiryService {

    /** The largest question or answer. */
    public static final int TEXT_MAX = 4000;

    private final InquiryRepository inquiries;
    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final InquiryProcess process;
    private final InvitationService invitations;
    private final AuditLog audit;
    private final PortalClock clock;

    InquiryService(InquiryRepository inquiries, ProjectService projects, OrganisationRepository organisations, RulesService rules,
                   DeadlineService deadlines, InquiryProcess process, InvitationService invitations, AuditLog audit,
                   PortalClock clock) {
        this.inquiries = inquiries;
        this.projects = projects;
        this.organisations = organisations;
        this.rules = rules;
        this.deadlines = deadlines;
        this.process = process;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A supplier asks; the answer falls due {@code inquiry-answer-working-days} working days later. */
    @Transactional
    public Inquiry ask(Actor actor, long projectId, String question) {
        actor.require(Role.PROVIDER);
        ProcurementProject p = projects.project(projectId);
        if (p.getStage() != ProjectStage.TENDERING || p.getNoticePublishedAt() == null
                || !invitations.mayBid(p, actor.organisationId())) {
            throw PortalException.conflict(null, "error.inquiry.not-open", p.getCode());
        }
        Organisation provider = organisations.findById(actor.organisationId()).orElseThrow();
        String ineligible = provider.ineligibilityOn(clock.today());
        if (ineligible != null) {
            throw PortalException.forbidden(ineligible, provider.getName());
        }
        String text = Texts.require("question", question, TEXT_MAX);
        Instant now = clock.now();
        Instant due = deadlines.workingDaysEnd(now,
                rules.forJurisdiction(p.getJurisdictionCode()).workingDays(Rule.INQUIRY_ANSWER_WORKING_DAYS));
        Inquiry inquiry = inquiries.save(new Inquiry(projectId, actor.organisationId(), actor.username(), now, text, due));
        audit.record(actor, "inquiry.ask", Inquiry.class, inquiry.getId(), null, Map.of("question", text, "answerDue", due));
        process.start(p, inquiry);
        return inquiry;
    }

    /** The purchaser's answer, delivered to the supplier who asked. */
    Inquiry answer(Actor actor, long inquiryId, String answer) {
        actor.require(Role.PURCHASER);
        Inquiry inquiry = inquiry(inquiryId);
        actor.requireOrganisation(projects.project(inquiry.getProjectId()).getPurchaserId());
        String text = Texts.require("answer", answer, TEXT_MAX);
        inquiry.answer(text, actor.username(), clock.now());
        audit.record(actor, "inquiry.answer", Inquiry.class, inquiryId, null,
                Map.of("answer", text, "late", inquiry.isLate(clock.now())));
        return inquiry;
    }

    /** The head, called in by the overdue answer, records what was done about it. */
    void escalationHandled(Actor actor, long inquiryId, String comment) {
        actor.require(Role.PURCHASER_HEAD);
        Inquiry inquiry = inquiry(inquiryId);
        actor.requireOrganisation(projects.project(inquiry.getProjectId()).getPurchaserId());
        audit.record(actor, "inquiry.escalation", Inquiry.class, inquiryId, null,
                Map.of("comment", Texts.require("comment", comment, 2000)));
    }

    /** What the purchasing unit reads of an inquiry: the question and its times, never who asked. */
    public record Question(long id, String question, Instant askedAt, Instant answerDue, boolean answered) {
    }

    /** The question, for the purchasing unit's purchasers and head. */
    @Transactional(readOnly = true)
    public Question question(Actor actor, long inquiryId) {
        actor.require(Role.PURCHASER, Role.PURCHASER_HEAD);
        Inquiry inquiry = inquiry(inquiryId);
        actor.requireOrganisation(projects.project(inquiry.getProjectId()).getPurchaserId());
        return new Question(inquiry.getId(), inquiry.getQuestion(), inquiry.getAskedAt(), inquiry.getAnswerDue(), inquiry.isAnswered());
    }

    private Inquiry inquiry(long inquiryId) {
        return inquiries.findById(inquiryId).orElseThrow(() -> PortalException.notFound("Inquiry", inquiryId));
    }

    /** The supplier's own inquiries and their answers. */
    @Transactional(readOnly = true)
    public List<Inquiry> mine(Actor actor) {
        actor.require(Role.PROVIDER);
        return inquiries.findByProviderIdOrderByIdDesc(actor.organisationId());
    }
}
