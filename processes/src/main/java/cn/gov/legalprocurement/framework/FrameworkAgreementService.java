package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidBondService;
import cn.gov.legalprocurement.tender.BidService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage one of a framework agreement (财政部令第110号): the committee's ranking shortlists the suppliers, eliminating
 * at least {@code framework-elimination-min-percent} of those meeting the requirements and at least one; the
 * shortlist is published and may be challenged like an award; when the challenge window closes the agreement comes
 * into force for the project's term, and its call-offs are projects of their own until it expires.
 */
@Service
public class FrameworkAgreementService {

    /** The shortlist notice's clock: the challenge window it opens. */
    public record Shortlisted(Instant challengeWindowEnds) {
    }

    /** One member's share of the agreement's call-offs: the fairness report's row. */
    public record Share(int position, long providerId, String provider, BigDecimal price, int offered, int accepted,
                        int declined, BigDecimal amount) {
    }

    /** Call-offs and amounts per member, in the agreement's order, with the totals. */
    public record FairnessReport(FrameworkAgreement agreement, List<Share> shares, int callOffs, BigDecimal amount) {
    }

    private final FrameworkAgreementRepository agreements;
    private final FrameworkMemberRepository members;
    private final CallOffRepository callOffs;
    private final ProjectService projects;
    private final BidService bidding;
    private final BudgetService budget;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final PortalClock clock;
    private final BidBondService bonds;

    FrameworkAgreementService(FrameworkAgreementRepository agreements, FrameworkMemberRepository members,
                              CallOffRepository callOffs, ProjectService projects, BidService bidding, BudgetService budget,
                              OrganisationRepository organisations, PublicationService publication, RulesService rules,
                              DeadlineService deadlines, AuditLog audit, PortalClock clock, BidBondService bonds) {
        this.bonds = bonds;
        this.agreements = agreements;
        this.members = members;
        this.callOffs = callOffs;
        this.projects = projects;
        this.bidding = bidding;
        this.budget = budget;
        this.organisations = organisations;
        this.publication = publication;
        this.rules = rules;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The shortlist by the committee's ranking: of the n suppliers meeting the requirements, the first
     * n − max(1, ⌈n × {@code framework-elimination-min-percent} / 100⌉).
     */
    @Transactional(readOnly = true)
    public List<Bid> shortlist(long projectId) {
        ProcurementProject p = projects.project(projectId);
        List<Bid> ranked = bidding.currentRound(projectId).stream().filter(b -> b.isQualified() && b.getRankNo() != null)
                .sorted(Comparator.comparing(Bid::getRankNo)).toList();
        BigDecimal percent = rules.forJurisdiction(p.getJurisdictionCode()).percent(Rule.FRAMEWORK_ELIMINATION_MIN_PERCENT);
        int eliminated = Math.max(1, BigDecimal.valueOf(ranked.size()).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue());
        return ranked.subList(0, Math.max(0, ranked.size() - eliminated));
    }

    /** The shortlist notice (入围结果公告) as it would be published now. */
    @Transactional(readOnly = true)
    public String shortlistNoticeText(long projectId) {
        return notice(projects.project(projectId), clock.now()).body();
    }

    /**
     * The purchaser publishes the shortlist notice, within {@code award-notice-working-days} of the committee's
     * ranking (as an award notice, 实施条例 43); the challenge window on it opens.
     */
    @Transactional
    public Shortlisted publishShortlist(Actor actor, long projectId) {
        actor.require(Role.PURCHASER);
        actor.requireOrganisation(projects.project(projectId).getPurchaserId());
        return publish(actor.username(), projectId);
    }

    /** The period's last hour came and the purchaser had not published the shortlist: the portal publishes it. */
    @Transactional
    public Shortlisted publishShortlistAtDeadline(long projectId) {
        return publish(AuditLog.SYSTEM, projectId);
    }

    private Shortlisted publish(String publishedBy, long projectId) {
        ProcurementProject p = projects.project(projectId);
        // only a framework agreement's stage one, ranked and not yet published
        if (p.getMethod() != ProcurementMethod.FRAMEWORK_AGREEMENT || p.getChallengeWindowEnds() != null) {
            throw PortalException.conflict(null, "error.tender.award-not-pending");
        }
        Instant now = clock.now();
        Notice notice = notice(p, now);
        List<Bid> shortlist = shortlist(projectId);
        p.awardPublished(now, notice.challengeEnds());
        bonds.awardNoticed(projectId, shortlist.stream().map(Bid::getProviderId).collect(java.util.stream.Collectors.toSet()));
        publication.publish(projectId, Announcement.Kind.SHORTLIST_NOTICE, p.getTitle() + " 框架协议入围结果公告",
                notice.body(), notice.challengeEnds(), Optional.empty());
        audit.record(publishedBy, "framework.shortlist", ProcurementProject.class, projectId, null, Map.of(
                "shortlisted", shortlist.stream().map(Bid::getProviderId).toList(), "challengeWindowEnds", notice.challengeEnds()));
        return new Shortlisted(notice.challengeEnds());
    }

    /** A shortlist notice published at {@code now}: its text and the end of the challenge window it opens. */
    private record Notice(String body, Instant challengeEnds) {
    }

    private Notice notice(ProcurementProject p, Instant now) {
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Instant announcementEnds = AwardService.announcementEnds(now, book, deadlines);
        Instant challengeEnds = AwardService.challengeWindowEnds(announcementEnds, book, deadlines);
        List<Bid> shortlist = shortlist(p.getId());
        StringBuilder body = new StringBuilder()
                .append("项目编号：").append(p.getCode()).append('\n')
                .append("采购人：").append(organisations.nameOf(p.getPurchaserId())).append('\n')
                .append("采购方式：框架协议（财政部令第110号）\n")
                .append("框架协议期限：").append(p.getTermStart()).append(" 至 ").append(p.getTermEnd()).append('\n')
                .append("第二阶段确定成交供应商的方式：").append(ruleText(p)).append('\n')
                .append("入围供应商（按评审排名）：\n");
        for (Bid b : shortlist) {
            body.append(b.getRankNo()).append(". ").append(organisations.nameOf(b.getProviderId()))
                    .append("，入围报价 ").append(Money.normalise(b.getPrice()).toPlainString()).append(" 元\n");
        }
        body.append("每次合同授予的金额为该次采购预算乘以成交供应商入围报价与本项目预算（")
                .append(Money.normalise(p.getEstimatedAmount()).toPlainString()).append(" 元）之比。\n");
        body.append("本公告期限为 ").append(book.workingDays(Rule.AWARD_ANNOUNCEMENT_WORKING_DAYS)).append(" 个工作日（至 ")
                .append(PortalClock.dayOf(announcementEnds.minusSeconds(1))).append("）。供应商认为入围结果使自己的权益受到损害的，可在公告期限届满之日起 ")
                .append(book.workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS)).append(" 个工作日内（至 ")
                .append(PortalClock.dayOf(challengeEnds.minusSeconds(1))).append("）提出质疑。");
        return new Notice(body.toString(), challengeEnds);
    }

    private static String ruleText(ProcurementProject p) {
        return switch (p.getCallOffRule()) {
            case DIRECT_CHOICE -> "直接选定（由采购人或服务对象从入围供应商中选定）";
            case ROTATION -> "顺序轮候（按入围排名依次授予，每轮每家一次）";
            case SECOND_ROUND_QUOTATION -> "二次竞价（全部符合需求的入围供应商密封报价，以协议价格为最高限价，报价最低者成交）";
        };
    }

    /**
     * The challenge window closed: the agreement comes into force with the shortlist for the project's term; the
     * stage-one budget commitment returns to its line (each call-off commits its own).
     */
    @Transactional
    public FrameworkAgreement conclude(long projectId) {
        ProcurementProject p = projects.project(projectId);
        if (p.getMethod() != ProcurementMethod.FRAMEWORK_AGREEMENT) {
            throw new IllegalStateException("Project " + p.getCode() + " is no framework agreement");
        }
        FrameworkAgreement agreement = agreements.save(new FrameworkAgreement(projectId, "KJXY-" + p.getCode(),
                p.getJurisdictionCode(), p.getCallOffRule(), p.getTermStart(), p.getTermEnd(), p.getEstimatedAmount(), clock.now()));
        List<Long> shortlisted = new ArrayList<>();
        int position = 1;
        for (Bid b : shortlist(projectId)) {
            members.save(new FrameworkMember(agreement.getId(), b.getProviderId(), position++, Money.normalise(b.getPrice())));
            shortlisted.add(b.getProviderId());
        }
        budget.release(projectId);
        // the agreement is the shortlisted suppliers' contract: their bonds are owed back from its conclusion
        bonds.contractSigned(projectId, java.util.Set.copyOf(shortlisted));
        p.moveTo(ProjectStage.AGREEMENT);
        audit.record(AuditLog.SYSTEM, "framework.conclude", FrameworkAgreement.class, agreement.getId(), null, Map.of(
                "project", p.getCode(), "members", shortlisted, "rule", agreement.getCallOffRule(),
                "termEnd", agreement.getTermEnd()));
        return agreement;
    }

    /** The term ended: no more call-offs (those under way go on to their payment). */
    @Transactional
    public void expire(long projectId) {
        FrameworkAgreement agreement = agreements.findByProjectId(projectId).orElseThrow();
        agreement.expired(clock.now());
        projects.project(projectId).moveTo(ProjectStage.CLOSED);
        audit.record(AuditLog.SYSTEM, "framework.expire", FrameworkAgreement.class, agreement.getId(),
                Map.of("status", FrameworkAgreement.Status.IN_FORCE), Map.of("status", FrameworkAgreement.Status.EXPIRED));
    }

    /** The agreement a stage-one project concluded, if it did. */
    @Transactional(readOnly = true)
    public Optional<FrameworkAgreement> concludedBy(long projectId) {
        return agreements.findByProjectId(projectId);
    }

    @Transactional(readOnly = true)
    public FrameworkAgreement agreement(long agreementId) {
        return agreements.findById(agreementId).orElseThrow(() -> PortalException.notFound("FrameworkAgreement", agreementId));
    }

    @Transactional(readOnly = true)
    public List<FrameworkMember> members(long agreementId) {
        return members.findByAgreementIdOrderByPosition(agreementId);
    }

    /** Every offer made under the agreement, oldest first. */
    @Transactional(readOnly = true)
    public List<CallOff> callOffs(long agreementId) {
        return callOffs.findByAgreementIdOrderById(agreementId);
    }

    /** The call-offs offered, accepted and declined and the amounts awarded, per member (110号令: rotation is fair). */
    @Transactional(readOnly = true)
    public FairnessReport fairnessReport(long agreementId) {
        FrameworkAgreement agreement = agreement(agreementId);
        Map<Long, List<CallOff>> byProvider = callOffs(agreementId).stream()
                .collect(Collectors.groupingBy(CallOff::getProviderId, LinkedHashMap::new, Collectors.toList()));
        List<Share> shares = new ArrayList<>();
        int accepted = 0;
        BigDecimal total = Money.ZERO;
        for (FrameworkMember m : members(agreementId)) {
            List<CallOff> offers = byProvider.getOrDefault(m.getProviderId(), List.of());
            List<CallOff> won = offers.stream().filter(c -> c.getStatus() == CallOff.Status.ACCEPTED).toList();
            BigDecimal amount = won.stream().map(CallOff::getAmount).reduce(Money.ZERO, BigDecimal::add);
            shares.add(new Share(m.getPosition(), m.getProviderId(), organisations.nameOf(m.getProviderId()), m.getPrice(),
                    offers.size(), won.size(), (int) offers.stream().filter(c -> c.getStatus() == CallOff.Status.DECLINED).count(),
                    amount));
            accepted += won.size();
            total = total.add(amount);
        }
        return new FairnessReport(agreement, shares, accepted, total);
    }
}
