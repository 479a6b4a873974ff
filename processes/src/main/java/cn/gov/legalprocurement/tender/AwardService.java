package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.documents.TemplateText;
import cn.gov.legalprocurement.organisation.Organisation;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award: the head confirms the winner by the committee's ranking, the award notice starts the
 * challenge window and the signing clock, and an upheld challenge withdraws it.
 */
@Service
public class AwardService {

    private final AwardRepository awards;
    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final DocumentArchive documents;
    private final AuditLog audit;
    private final PortalClock clock;
    private final BidService bidding;
    private final BidBondService bonds;

    AwardService(AwardRepository awards, ProjectService projects, OrganisationRepository organisations,
                 PublicationService publication, RulesService rules, DeadlineService deadlines,
                 DocumentArchive documents, AuditLog audit, PortalClock clock, BidService bidding, BidBondService bonds) {
        this.bonds = bonds;
        this.awards = awards;
        this.projects = projects;
        this.organisations = organisations;
        this.publication = publication;
        this.rules = rules;
        this.deadlines = deadlines;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.bidding = bidding;
    }

    /** The head confirms the winner: never before the bid deadline, and by the committee's ranking. */
    Award confirmWinner(Actor actor, long projectId, long bidId, String reason) {
        actor.require(Role.PURCHASER_HEAD);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        if (p.getBidDeadline() == null || clock.now().isBefore(p.getBidDeadline())) {
            throw PortalException.conflict(null, "error.tender.award-before-deadline");
        }
        Bid bid = bidding.currentRound(projectId).stream().filter(b -> b.getId() == bidId).findFirst()
                .orElseThrow(() -> PortalException.invalid("bidId", "error.unknown", bidId));
        if (!bid.isQualified() || bid.getRankNo() == null) {
            throw PortalException.invalid("bidId", "error.tender.not-ranked");
        }
        // negotiation and consultation: by the report's order, no other choice (74号令 36, 财库〔2014〕214号 28)
        if (bid.getRankNo() != 1 && p.getMethod().negotiates()) {
            throw PortalException.invalid("bidId", "error.tender.rank-order", bid.getRankNo());
        }
        if (bid.getRankNo() != 1 && (reason == null || reason.isBlank())) {
            throw PortalException.invalid("reason", "error.tender.rank-reason", bid.getRankNo());
        }
        Award award = award(projectId, bid, actor.username());
        audit.record(actor, "tender.confirm-winner", Award.class, award.getId(), null, Map.of("bid", bidId,
                "provider", bid.getProviderId(), "amount", bid.getPrice(), "rank", bid.getRankNo(),
                "reason", reason == null ? "" : reason));
        return award;
    }

    /** Who an award deemed chosen names as its confirmer: nobody confirmed it in time. */
    public static final String DEEMED_CHOSEN = "deemed-chosen";

    /**
     * The head did not confirm the winner within {@code winner-confirmation-working-days} of the report: the
     * top-ranked supplier is deemed chosen (87号令 art. 68, 74号令 art. 36, 财库〔2014〕214号 art. 28).
     */
    @Transactional
    public Award deemTopRankedChosen(long projectId) {
        Bid top = bidding.currentRound(projectId).stream().filter(b -> b.isQualified() && Integer.valueOf(1).equals(b.getRankNo()))
                .findFirst().orElseThrow(() -> new IllegalStateException("Project " + projectId + " has no top-ranked bid"));
        Award award = award(projectId, top, DEEMED_CHOSEN);
        audit.record(AuditLog.SYSTEM, "tender.winner-deemed-chosen", Award.class, award.getId(), null, Map.of("bid", top.getId(),
                "provider", top.getProviderId(), "amount", top.getPrice()));
        return award;
    }

    /** An award and the signing clock it starts. */
    public record Awarded(Award award, SigningClock signing) {
    }

    /**
     * A call-off under a framework agreement (110号令, stage two) goes to the shortlisted supplier who accepted it, at
     * its rate under the agreement (no bid), or to the lowest second-round quotation ({@code bidId}, its price); the
     * signing clock starts at once.
     */
    @Transactional
    public Awarded awardCallOff(long projectId, Long bidId, long providerId, BigDecimal amount, String confirmedBy) {
        ProcurementProject p = projects.project(projectId);
        Instant now = clock.now();
        Award award = awards.save(new Award(projectId, bidId, providerId, amount, confirmedBy, now));
        audit.record(confirmedBy, "tender.call-off-award", Award.class, award.getId(), null,
                Map.of("provider", providerId, "amount", amount));
        return new Awarded(award, SigningClock.startingAt(now, rules.forJurisdiction(p.getJurisdictionCode()), deadlines));
    }

    private Award award(long projectId, Bid bid, String confirmedBy) {
        return awards.save(new Award(projectId, bid.getId(), bid.getProviderId(), bid.getPrice(), confirmedBy, clock.now()));
    }

    /** The clocks an award notice starts: the challenge window, the signing deadline and its escalation. */
    public record Published(Instant challengeWindowEnds, Instant signingDeadline, Instant signingEscalationAt) {
    }

    /** The award notice as it would be published now, for the purchaser to check before publishing it. */
    @Transactional(readOnly = true)
    public String awardNoticeText(long projectId, long awardId) {
        ProcurementProject p = projects.project(projectId);
        Award award = award(awardId);
        return TemplateText.plain(DocumentTemplate.AWARD_NOTICE, notice(p, award, clock.now()).values());
    }

    /**
     * The purchaser publishes the award notice (within {@code award-notice-working-days} of the confirmation,
     * 实施条例 43); the challenge window and the signing clock start.
     */
    @Transactional
    public Published publishAward(Actor actor, long projectId, long awardId) {
        actor.require(Role.PURCHASER);
        actor.requireOrganisation(projects.project(projectId).getPurchaserId());
        return publish(actor.username(), projectId, awardId);
    }

    /** The period's last hour came and the purchaser had not published the notice: the portal publishes it. */
    @Transactional
    public Published publishAwardAtDeadline(long projectId, long awardId) {
        return publish(AuditLog.SYSTEM, projectId, awardId);
    }

    private Published publish(String publishedBy, long projectId, long awardId) {
        ProcurementProject p = projects.project(projectId);
        Award award = award(awardId);
        if (award.getProjectId() != projectId) {
            throw PortalException.notFound("Award", awardId);
        }
        if (award.getStatus() != Award.Status.CONFIRMED) {
            throw PortalException.conflict(null, "error.tender.award-not-pending");
        }
        Instant now = clock.now();
        Notice published = notice(p, award, now);
        Instant challengeEnds = published.challengeEnds();
        Map<String, String> values = published.values();
        SigningClock signing = SigningClock.startingAt(now, rules.forJurisdiction(p.getJurisdictionCode()), deadlines);
        award.published(now);
        p.awardPublished(now, challengeEnds);
        bonds.awardNoticed(projectId, java.util.Set.of(award.getProviderId()));
        Optional<StoredDocument> notice = documents.render(ProcurementProject.class, projectId, "AWARD_NOTICE",
                p.getCode() + "-award.pdf", DocumentTemplate.AWARD_NOTICE, values);
        publication.publish(projectId, Announcement.Kind.AWARD_NOTICE, p.getTitle() + " 中标（成交）结果公告",
                TemplateText.plain(DocumentTemplate.AWARD_NOTICE, values), challengeEnds, notice);
        audit.record(publishedBy, "tender.publish-award", Award.class, awardId, null,
                Map.of("challengeWindowEnds", challengeEnds.toString()));
        return new Published(challengeEnds, signing.deadline(), signing.escalationAt());
    }

    /** An award notice published at a moment: the end of the challenge period it opens, and its values. */
    private record Notice(Instant challengeEnds, Map<String, String> values) {
    }

    /** The award notice when it is published at {@code at}: the ranking, the announcement and the challenge period. */
    private Notice notice(ProcurementProject p, Award award, Instant at) {
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Instant announcementEnds = announcementEnds(at, book, deadlines);
        Instant challengeEnds = challengeWindowEnds(announcementEnds, book, deadlines);
        Organisation provider = organisations.findById(award.getProviderId()).orElseThrow();
        List<String[]> ranking = bidding.currentRound(p.getId()).stream().filter(b -> b.getRankNo() != null)
                .sorted(java.util.Comparator.comparing(Bid::getRankNo))
                .map(b -> new String[]{String.valueOf(b.getRankNo()),
                        organisations.nameOf(b.getProviderId()),
                        DocumentModels.figures(b.getEvaluatedPrice()), score(b.getPriceScore()),
                        score(b.getQualityScore()), score(b.getTotalScore())})
                .toList();
        return new Notice(challengeEnds, DocumentModels.awardNotice(new DocumentModels.AwardData(p.getCode(), p.getTitle(),
                organisations.nameOf(p.getPurchaserId()), p.getMethod().label(), provider.getName(), award.getAmount(), ranking,
                book.workingDays(Rule.AWARD_ANNOUNCEMENT_WORKING_DAYS), PortalClock.dayOf(announcementEnds.minusSeconds(1)).toString(),
                book.workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS), PortalClock.dayOf(challengeEnds.minusSeconds(1)).toString(),
                PortalClock.dayOf(at).toString())));
    }

    /** The end of a result announcement published at {@code published}: {@code award-announcement-working-days} (87号令 69). */
    public static Instant announcementEnds(Instant published, RuleBook book, DeadlineService deadlines) {
        return deadlines.workingDaysEnd(published, book.workingDays(Rule.AWARD_ANNOUNCEMENT_WORKING_DAYS));
    }

    /**
     * A challenge of the result is filed within {@code challenge-period-working-days} of the announcement's end
     * (实施条例 53): counted from the announcement's last day, as every period is counted from its starting day.
     */
    public static Instant challengeWindowEnds(Instant announcementEnds, RuleBook book, DeadlineService deadlines) {
        return deadlines.workingDaysEnd(announcementEnds.minusSeconds(1), book.workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS));
    }

    /** A score as the notice prints it; a negotiation ranks by the final price alone and has none. */
    private static String score(BigDecimal score) {
        return score == null ? "——" : score.toPlainString();
    }

    /** A challenge upheld: the award is withdrawn and a notice says so. */
    @Transactional
    public void cancelAward(long projectId, String reason) {
        ProcurementProject p = projects.project(projectId);
        awards.current(projectId).ifPresent(a -> {
            a.cancel();
            audit.record(AuditLog.SYSTEM, "tender.cancel-award", Award.class, a.getId(), Map.of("status", "PUBLISHED"),
                    Map.of("status", Award.Status.CANCELLED, "reason", reason));
        });
        p.awardCancelled();
        publication.publish(projectId, Announcement.Kind.AWARD_CANCELLED_NOTICE, p.getTitle() + " 更正公告",
                "项目编号：%s\n原中标（成交）结果撤销。理由：%s".formatted(p.getCode(), reason), null, Optional.empty());
    }

    /** Every award of the project, cancelled ones included, newest first. */
    @Transactional(readOnly = true)
    public List<Award> awards(long projectId) {
        return awards.findByProjectIdOrderByIdDesc(projectId);
    }

    @Transactional(readOnly = true)
    public Award award(long awardId) {
        return awards.findById(awardId).orElseThrow(() -> PortalException.notFound("Award", awardId));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Award> currentAward(long projectId) {
        return awards.current(projectId);
    }
}
