package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clarification or amendment of the documents during the bid period (实施条例 31; 财库〔2014〕214号 art. 10;
 * 74号令 art. 29): published to every supplier with the notice; one that may affect the bids and comes later than
 * the method's period before the deadline moves the deadline, at the same hour, to the first working day that
 * period allows.
 */
@Service
public class ClarificationService {

    /** A published clarification: the deadline now, and whether it moved. */
    public record Clarified(Instant bidDeadline, boolean deadlineMoved) {
    }

    public static final int MAX_TEXT = 4000;

    private final ProjectService projects;
    private final PublicationService publication;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final TenderDocumentsService documents;
    private final BidPeriodProcess process;
    private final AuditLog audit;
    private final PortalClock clock;

    ClarificationService(ProjectService projects, PublicationService publication, RulesService rules, DeadlineService deadlines,
                         TenderDocumentsService documents, BidPeriodProcess process, AuditLog audit, PortalClock clock) {
        this.projects = projects;
        this.publication = publication;
        this.rules = rules;
        this.deadlines = deadlines;
        this.documents = documents;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    /** The earliest deadline a clarification that may affect the bids, published now, allows. */
    @Transactional(readOnly = true)
    public Optional<Instant> earliestDeadlineAfterClarification(long projectId) {
        ProcurementProject p = projects.project(projectId);
        return Optional.ofNullable(p.getMethod().clarificationPeriod())
                .map(period -> documents.periodEnd(period, rules.forJurisdiction(p.getJurisdictionCode()), clock.now()));
    }

    /** Whether the documents of the project's round may be clarified now: a first round whose bid period runs. */
    public boolean isOpen(ProcurementProject p) {
        return p.areDocumentsOut() && clock.now().isBefore(p.getBidDeadline()) && p.getMethod().clarificationPeriod() != null;
    }

    /** The purchaser publishes a clarification or amendment of the documents of the round open for bids. */
    @Transactional
    public Clarified clarify(Actor actor, long projectId, String text, boolean mayAffectBids) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.lock(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        Instant now = clock.now();
        if (!isOpen(p)) {
            throw PortalException.conflict(null, "error.clarification.not-open");
        }
        if (text == null || text.isBlank()) {
            throw PortalException.invalid("text", "error.required");
        }
        if (text.length() > MAX_TEXT) {
            throw PortalException.invalid("text", "error.clarification.too-long", MAX_TEXT);
        }
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Instant before = p.getBidDeadline();
        Instant deadline = before;
        if (mayAffectBids) {
            Instant earliest = documents.periodEnd(p.getMethod().clarificationPeriod(), book, now);
            if (before.isBefore(earliest)) {
                LocalTime hour = before.atZone(PortalClock.ZONE).toLocalTime();
                deadline = deadlines.firstWorkingDayAt(earliest, hour);
            }
        }
        boolean moved = !deadline.equals(before);
        StringBuilder body = new StringBuilder("项目编号：").append(p.getCode()).append("\n澄清或修改内容：\n").append(text.strip());
        if (moved) {
            Instant decryptionEnds = TenderDocumentsService.decryptionWindowEnds(book, deadline);
            p.moveBidDeadline(deadline, decryptionEnds);
            body.append("\n\n因澄清或修改内容可能影响响应文件编制，提交响应文件截止时间（开标时间）由 ")
                    .append(PortalClock.minutes(before)).append(" 顺延至 ").append(PortalClock.minutes(deadline)).append("。");
            process.deadlineMoved(p.getCode(), deadline, decryptionEnds);
        } else {
            body.append("\n\n提交响应文件截止时间（开标时间）不变：").append(PortalClock.minutes(before)).append("。");
        }
        publication.publish(projectId, Announcement.Kind.CLARIFICATION_NOTICE, p.getTitle() + " 澄清（更正）公告",
                body.toString(), deadline, Optional.empty());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mayAffectBids", mayAffectBids);
        details.put("bidDeadlineBefore", before);
        details.put("bidDeadline", deadline);
        audit.record(actor, "tender.clarify", ProcurementProject.class, projectId, null, details);
        return new Clarified(deadline, moved);
    }
}
