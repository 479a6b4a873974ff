package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.method.MethodService;
import cn.gov.legalprocurement.organisation.Organisation;
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
import cn.gov.legalprocurement.shared.PortalMetrics;
import cn.gov.legalprocurement.shared.PortalProperties;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tendering: the purchaser's documents and notice, sealed bids, opening and qualification, failed
 * tenders, the winner's confirmation and the award notice that starts the challenge window and the
 * signing clock.
 */
@Service
public class TenderService {

    /**
     * What a bidder sees of their own bid: when it was sealed, its status and commitment, and the price
     * once they have decrypted it.
     */
    public record BidView(long id, long projectId, int round, long providerId, String providerName, Instant submittedAt,
                          Bid.Status status, String commitment, BigDecimal price, String reason, Integer rank,
                          BigDecimal totalScore) {
    }

    /** Who the audit trail names for a step on a sealed bid: the bidder is not recorded before the opening. */
    public static final String SEALED_BIDDER = "sealed-bidder";
    private static final String AUDIT_BID = "Bid";
    private static final int MAX_PRICE_CHARS = 40;

    private final BidRepository bids;
    private final AwardRepository awards;
    private final BidAttachmentRepository attachments;
    private final PortalProperties properties;
    private final ProjectService projects;
    private final MethodService methods;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final DocumentArchive documents;
    private final AuditLog audit;
    private final PortalClock clock;

    TenderService(BidRepository bids, AwardRepository awards, BidAttachmentRepository attachments,
                  PortalProperties properties, ProjectService projects,
                  MethodService methods, OrganisationRepository organisations, PublicationService publication,
                  RulesService rules, DeadlineService deadlines, DocumentArchive documents, AuditLog audit,
                  PortalClock clock) {
        this.bids = bids;
        this.awards = awards;
        this.attachments = attachments;
        this.properties = properties;
        this.projects = projects;
        this.methods = methods;
        this.organisations = organisations;
        this.publication = publication;
        this.rules = rules;
        this.deadlines = deadlines;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- purchaser: documents and notice ------------------------------------------------------

    /** The earliest bid deadline the method allows for a notice published now. */
    @Transactional(readOnly = true)
    public Instant earliestBidDeadline(long projectId) {
        ProcurementProject p = projects.project(projectId);
        return earliestBidDeadline(p.getMethod(), rules.forJurisdiction(p.getJurisdictionCode()));
    }

    private Instant earliestBidDeadline(ProcurementMethod method, RuleBook book) {
        Rule period = method.responsePeriod();
        if (period == null) {
            return clock.now();
        }
        return period.unit() == Rule.Unit.WORKING_DAYS
                ? deadlines.workingDaysEnd(clock.now(), book.workingDays(period))
                : deadlines.daysEnd(clock.now(), book.days(period));
    }

    Map<String, Object> prepareDocuments(Actor actor, long projectId, int priceWeight, String technicalCriteria,
                                         Instant bidDeadline) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        int min = book.percent(Rule.PRICE_WEIGHT_MIN_PERCENT).intValue();
        if (priceWeight < min) {
            throw PortalException.invalid("priceWeight", "error.tender.price-weight-min", min);
        }
        if (p.getMethod() == ProcurementMethod.COMPETITIVE_CONSULTATION
                && priceWeight > book.percent(Rule.PRICE_WEIGHT_MAX_PERCENT_CONSULTATION).intValue()) {
            throw PortalException.invalid("priceWeight", "error.tender.price-weight-max",
                    book.percent(Rule.PRICE_WEIGHT_MAX_PERCENT_CONSULTATION).intValue());
        }
        Instant earliest = earliestBidDeadline(p.getMethod(), book);
        if (bidDeadline.isBefore(earliest)) {
            throw PortalException.invalid("bidDeadline", "error.tender.deadline-too-early",
                    PortalClock.dayOf(earliest), p.getMethod());
        }
        Instant decryptionEnds = bidDeadline.plus(java.time.Duration.ofMinutes(book.minutes(Rule.BID_DECRYPTION_WINDOW_MINUTES)));
        p.openRound(priceWeight, technicalCriteria.strip(), bidDeadline, decryptionEnds, clock.now());
        audit.record(actor, "tender.documents", "ProcurementProject", projectId, null, Map.of(
                "round", p.getTenderRound(), "priceWeight", priceWeight, "bidDeadline", bidDeadline,
                "decryptionWindowEnds", decryptionEnds));
        return Map.of("bidDeadline", Executions.date(bidDeadline), "decryptionWindowEnds", Executions.date(decryptionEnds),
                "tenderRound", p.getTenderRound());
    }

    @Transactional
    public void publishNotice(long projectId) {
        ProcurementProject p = projects.project(projectId);
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Optional<StoredDocument> notice = documents.render("ProcurementProject", projectId, "PROCUREMENT_NOTICE",
                p.getCode() + "-notice-" + p.getTenderRound() + ".pdf",
                DocumentTemplate.PROCUREMENT_NOTICE, DocumentModels.procurementNotice(new DocumentModels.NoticeData(
                        p.getCode(), p.getTitle(), organisations.nameOf(p.getPurchaserId()), p.getMethod().label(), p.getEstimatedAmount(),
                        p.getServiceRecipients(), p.getTermStart().toString(), p.getTermEnd().toString(), p.getPriceWeight(),
                        book.percent(Rule.SME_PRICE_DEDUCTION_PERCENT).stripTrailingZeros().toPlainString(),
                        p.getTechnicalCriteria(), PortalClock.minutes(p.getBidDeadline()),
                        book.workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS), clock.today().toString())));
        publication.publish(projectId, Announcement.Kind.PROCUREMENT_NOTICE, p.getTitle() + " 采购公告",
                """
                项目编号：%s
                采购方式：%s
                预算金额：%s 元
                服务对象：%s
                服务期限：%s 至 %s
                评审办法：综合评分法，价格分值占 %d%%
                技术评审要点：%s
                响应截止时间：%s（北京时间）
                """.formatted(p.getCode(), p.getMethod().label(), p.getEstimatedAmount().toPlainString(), p.getServiceRecipients(),
                        p.getTermStart(), p.getTermEnd(), p.getPriceWeight(), p.getTechnicalCriteria(),
                        PortalClock.minutes(p.getBidDeadline())),
                p.getBidDeadline(), notice);
    }

    // ---- provider: sealed bids ----------------------------------------------------------------

    /**
     * Takes a bid sealed in the bidder's browser. The portal cannot read it: it checks only the tender,
     * the deadline, the provider's eligibility and the sealed parts' shape and size. A sealed bid of the
     * same provider in this round is replaced (withdrawn) in the same transaction.
     */
    @Transactional
    public BidView submitBid(Actor actor, long projectId, SealedBid sealed) {
        actor.require(Role.PROVIDER);
        ProcurementProject p = projects.lock(projectId);
        Instant now = clock.now();
        if (p.getStage() != ProjectStage.TENDERING || p.getBidDeadline() == null || p.getTenderRound() == 0) {
            throw PortalException.conflict(null, "error.tender.not-open");
        }
        if (!now.isBefore(p.getBidDeadline())) {
            throw PortalException.conflict(null, "error.tender.deadline-passed",
                    PortalClock.minutes(p.getBidDeadline()));
        }
        Organisation provider = organisations.findById(actor.organisationId())
                .orElseThrow(() -> PortalException.forbidden("error.organisation"));
        String ineligible = provider.ineligibilityOn(PortalClock.dayOf(now));
        if (ineligible != null) {
            throw PortalException.forbidden(ineligible, provider.getName());
        }
        BidEnvelope.checkShape(sealed, properties.uploads().maxBytes());
        bids.findByProjectIdAndTenderRoundAndProviderIdAndStatus(projectId, p.getTenderRound(), provider.getId(),
                Bid.Status.SEALED).forEach(earlier -> {
                    earlier.withdraw("已由本单位重新密封的投标文件替换");
                    audit.record(SEALED_BIDDER, "tender.replace-bid", AUDIT_BID, earlier.getId(), null, null);
                });
        Bid bid = bids.save(new Bid(projectId, p.getTenderRound(), provider.getId(), now, BidEnvelope.storedForm(sealed),
                sealed.commitment()));
        for (int i = 0; i < sealed.attachments().size(); i++) {
            SealedBid.Attachment a = sealed.attachments().get(i);
            attachments.save(new BidAttachment(bid.getId(), i, a.iv(), java.util.Base64.getDecoder().decode(a.data())));
        }
        audit.record(SEALED_BIDDER, "tender.bid-sealed", AUDIT_BID, bid.getId(), null, null);
        return view(bid, provider.getName());
    }

    @Transactional
    public void withdrawBid(Actor actor, long bidId) {
        actor.require(Role.PROVIDER);
        Bid bid = bids.findById(bidId).orElseThrow(() -> PortalException.notFound("Bid", bidId));
        actor.requireOrganisation(bid.getProviderId());
        ProcurementProject p = projects.project(bid.getProjectId());
        if (bid.getStatus() != Bid.Status.SEALED || bid.getTenderRound() != p.getTenderRound()
                || !clock.now().isBefore(p.getBidDeadline())) {
            throw PortalException.conflict(null, "error.tender.deadline-passed",
                    PortalClock.minutes(p.getBidDeadline()));
        }
        bid.withdraw("投标人在截止前撤回");
        audit.record(SEALED_BIDDER, "tender.withdraw-bid", AUDIT_BID, bidId, null, null);
    }

    /**
     * The bidder decrypts their own bid at the opening, with the key only they hold: from the deadline
     * to the end of the decryption window. A wrong key changes nothing and may be retried; the right key
     * opens the envelope, which must match the commitment, and its files, which are then checked and
     * archived.
     */
    @Transactional
    public BidView decryptBid(Actor actor, long projectId, String keyText) {
        actor.require(Role.PROVIDER);
        byte[] key = BidEnvelope.parseKey(keyText);
        ProcurementProject p = projects.lock(projectId);
        Instant now = clock.now();
        if (!p.isDecrypting(now)) {
            throw PortalException.conflict("key", "error.bid.not-decrypting", p.getBidDeadline() == null ? "" :
                    PortalClock.minutes(p.getBidDeadline()), p.getDecryptionWindowEnds() == null ? "" :
                    PortalClock.minutes(p.getDecryptionWindowEnds()));
        }
        Bid bid = bids.findByProjectIdAndTenderRoundAndProviderIdAndStatus(projectId, p.getTenderRound(),
                        actor.organisationId(), Bid.Status.SEALED).stream().findFirst()
                .orElseThrow(() -> PortalException.conflict("key", "error.bid.none-sealed"));
        Organisation provider = organisations.findById(bid.getProviderId()).orElseThrow();
        List<BidAttachment> files = attachments.findByBidIdOrderByPosition(bid.getId());
        String problem = null;
        BigDecimal price = null;
        String proposal = null;
        try {
            BidEnvelope.Opened opened = BidEnvelope.open(bid.getSealedContent(), bid.getCommitment(), files, key);
            proposal = opened.proposal().strip();
            try {
                if (opened.price().length() > MAX_PRICE_CHARS) {
                    throw new NumberFormatException("too long");
                }
                price = Money.requirePositive("price", new BigDecimal(opened.price().strip()));
            } catch (NumberFormatException | PortalException e) {
                problem = "报价“" + abbreviate(opened.price(), MAX_PRICE_CHARS) + "”不是有效金额";
            }
            if (proposal.isEmpty() || proposal.length() > BidEnvelope.MAX_PROPOSAL_CHARS) {
                problem = "技术方案为空或超过 " + BidEnvelope.MAX_PROPOSAL_CHARS + " 字";
                proposal = abbreviate(proposal, BidEnvelope.MAX_PROPOSAL_CHARS);
            }
            for (int i = 0; i < files.size() && problem == null; i++) {
                BidEnvelope.File file = opened.attachments().get(i);
                try {
                    StoredDocument stored = documents.uploadPdf(actor, "attachments", AUDIT_BID, bid.getId(),
                            "technical-proposal", archivedName(file.name(), i), file.content());
                    files.get(i).archived(stored.getId());
                } catch (PortalException refused) {
                    problem = "附件“" + abbreviate(file.name(), 60) + "”：" + refused.getMessage(java.util.Locale.CHINA);
                }
            }
        } catch (BidEnvelope.Mismatch mismatch) {
            problem = mismatch.getMessage();
        }
        bid.decrypted(actor.username(), now, price, proposal, provider.getSmeSize(), problem);
        audit.record(actor, "tender.bid-decrypted", AUDIT_BID, bid.getId(), Map.of("status", Bid.Status.SEALED),
                Map.of("status", bid.getStatus(), "commitment", bid.getCommitment(), "submittedAt", bid.getSubmittedAt(),
                        "problem", String.valueOf(problem)));
        return view(bid, provider.getName());
    }

    @Transactional(readOnly = true)
    public List<BidView> myBids(Actor actor) {
        actor.require(Role.PROVIDER);
        String name = organisations.nameOf(actor.organisationId());
        return bids.findByProviderIdOrderBySubmittedAtDesc(actor.organisationId()).stream()
                .map(b -> view(b, name)).toList();
    }

    /**
     * The bids of the project's current round, for its purchasing unit and supervisors (experts read
     * them through their committee): refused until the opening has closed.
     */
    @Transactional(readOnly = true)
    public List<Bid> openedBids(Actor actor, long projectId) {
        actor.require(Role.PURCHASER, Role.PURCHASER_HEAD, Role.SUPERVISOR);
        ProcurementProject p = projects.project(projectId);
        if (!actor.has(Role.SUPERVISOR)) {
            actor.requireOrganisation(p.getPurchaserId());
        }
        if (!opened(p)) {
            throw PortalException.forbidden("error.tender.sealed", PortalClock.minutes(
                    p.getDecryptionWindowEnds() == null ? p.getBidDeadline() : p.getDecryptionWindowEnds()));
        }
        return currentRound(projectId);
    }

    /** Whether the current round's opening has closed, so that its bids may be shown. */
    public boolean opened(ProcurementProject p) {
        return p.getTenderRound() > 0 && p.isDecryptionOver(clock.now()) && currentRound(p.getId()).stream()
                .noneMatch(b -> b.getStatus() == Bid.Status.SEALED || b.getStatus() == Bid.Status.DECRYPTED);
    }

    /**
     * The bids whose records may be shown: those of rounds whose opening has closed. Before that, not
     * even their number is disclosed (87号令).
     */
    @Transactional(readOnly = true)
    public List<Long> bidsOnRecord(long projectId) {
        ProcurementProject p = projects.project(projectId);
        boolean currentOpened = opened(p);
        return bids.findByProjectIdOrderById(projectId).stream()
                .filter(b -> b.getTenderRound() < p.getTenderRound() || currentOpened)
                .map(Bid::getId).toList();
    }

    public List<Bid> currentRound(long projectId) {
        return bids.findByProjectIdAndTenderRoundOrderById(projectId, projects.project(projectId).getTenderRound());
    }

    // ---- opening and failure ------------------------------------------------------------------

    /** The bid deadline has passed: the opening starts, and the number of bids received is known from now. */
    @Transactional
    public int startOpening(long projectId) {
        ProcurementProject p = projects.project(projectId);
        int received = (int) currentRound(projectId).stream().filter(b -> b.getStatus() == Bid.Status.SEALED).count();
        audit.record(AuditLog.SYSTEM, "tender.opening-started", "ProcurementProject", projectId, null, Map.of(
                "round", p.getTenderRound(), "received", received, "decryptionWindowEnds", p.getDecryptionWindowEnds()));
        // counted at the opening, when the number becomes known: a count at sealing would tell operators
        // watching the metrics how many bids an open tender has
        PortalMetrics.countOnCommit(PortalMetrics.BIDS_OPENED, received);
        return received;
    }

    /**
     * Closes the opening once the decryption window has passed: a bid its bidder did not decrypt counts
     * as withdrawn (电子招标投标办法); each decrypted bid is checked for qualification. Tells whether
     * enough qualified bids remain.
     */
    @Transactional
    public Opening openBids(long projectId) {
        ProcurementProject p = projects.project(projectId);
        Instant now = clock.now();
        if (!p.isDecryptionOver(now)) {
            throw new IllegalStateException("Bids of " + p.getCode() + " cannot be opened before " + p.getDecryptionWindowEnds());
        }
        LocalDate day = PortalClock.dayOf(p.getBidDeadline());
        java.util.Set<Long> qualifiedProviders = new java.util.HashSet<>();
        int lapsed = 0;
        for (Bid bid : currentRound(projectId)) {
            if (bid.getStatus() == Bid.Status.SEALED) {
                bid.withdraw("投标人未在解密时限内解密，视为撤回投标");
                lapsed++;
                audit.record(AuditLog.SYSTEM, "tender.bid-not-decrypted", AUDIT_BID, bid.getId(),
                        Map.of("status", Bid.Status.SEALED), Map.of("status", bid.getStatus(), "provider", bid.getProviderId()));
                continue;
            }
            if (bid.getStatus() != Bid.Status.DECRYPTED) {
                continue;
            }
            Organisation provider = organisations.findById(bid.getProviderId()).orElseThrow();
            String ineligible = provider.ineligibilityOn(day);
            if (bid.getDisqualificationReason() != null) {
                bid.disqualify(bid.getDisqualificationReason());
            } else if (ineligible != null) {
                bid.disqualify(PortalException.forbidden(ineligible, provider.getName()).getMessage());
            } else if (bid.getPrice().compareTo(p.getEstimatedAmount()) > 0) {
                bid.disqualify("报价 " + bid.getPrice().toPlainString() + " 元超过采购预算 " + p.getEstimatedAmount().toPlainString() + " 元");
            } else if (!qualifiedProviders.add(bid.getProviderId())) {
                bid.disqualify("同一供应商在本轮重复投标");
            } else {
                bid.qualify();
            }
            audit.record(AuditLog.SYSTEM, "tender.open-bid", AUDIT_BID, bid.getId(), Map.of("status", Bid.Status.DECRYPTED),
                    Map.of("status", bid.getStatus(), "provider", bid.getProviderId(), "price", String.valueOf(bid.getPrice()),
                            "reason", String.valueOf(bid.getDisqualificationReason())));
        }
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        int qualified = qualifiedProviders.size();
        int needed = !p.getMethod().isTender() && p.getFailedTenders() > 0
                ? book.count(Rule.MIN_QUALIFIED_BIDS_AFTER_FAILED_TENDER) : book.count(Rule.MIN_QUALIFIED_BIDS);
        audit.record(AuditLog.SYSTEM, "tender.opened", "ProcurementProject", projectId, null,
                Map.of("round", p.getTenderRound(), "qualified", qualified, "needed", needed, "notDecrypted", lapsed));
        return new Opening(qualified, needed);
    }

    /** The outcome of an opening: how many qualified bids there are and how many the law needs. */
    public record Opening(int qualified, int needed) {
        public boolean enough() {
            return qualified >= needed;
        }
    }

    @Transactional
    public void declareFailed(long projectId) {
        ProcurementProject p = projects.project(projectId);
        long qualified = currentRound(projectId).stream().filter(Bid::isQualified).count();
        p.tenderFailed();
        publication.publish(projectId, Announcement.Kind.FAILED_TENDER_NOTICE, p.getTitle() + " 废标公告",
                "项目编号：%s\n第 %d 轮采购合格响应供应商 %d 家，不足法定数量，本轮采购失败。".formatted(
                        p.getCode(), p.getTenderRound(), qualified), null, Optional.empty());
    }

    Map<String, Object> decideAfterFailure(Actor actor, long projectId, String decision, ProcurementMethod newMethod,
                                           String reason) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        Map<String, Object> vars = new HashMap<>();
        vars.put("failedTenderDecision", decision);
        if ("SWITCH_METHOD".equals(decision)) {
            if (newMethod == null) {
                throw PortalException.invalid("newMethod", "error.required");
            }
            if (newMethod.isTender() || newMethod == ProcurementMethod.FRAMEWORK_AGREEMENT) {
                throw PortalException.invalid("newMethod", "error.tender.switch-method", newMethod);
            }
            if (reason == null || reason.isBlank()) {
                throw PortalException.invalid("reason", "error.required");
            }
            vars.put("proposedMethod", newMethod.name());
            vars.put("methodSwitchReason", reason.strip());
        } else if (!"RETENDER".equals(decision)) {
            throw PortalException.invalid("decision", "error.unknown", decision);
        }
        audit.record(actor, "tender.after-failure", "ProcurementProject", projectId, null, vars);
        return vars;
    }

    Map<String, Object> approveMethodSwitch(Actor actor, long projectId, String proposedMethod, String reason,
                                            boolean approved, String comment) {
        actor.require(Role.FINANCE);
        if (!approved && (comment == null || comment.isBlank())) {
            throw PortalException.invalid("comment", "error.comment.required-when-rejecting");
        }
        audit.record(actor, "tender.approve-method-switch", "ProcurementProject", projectId, null,
                Map.of("method", proposedMethod, "approved", approved, "comment", comment == null ? "" : comment));
        if (!approved) {
            return Map.of("methodSwitchApproved", false);
        }
        methods.record(projectId, ProcurementMethod.valueOf(proposedMethod), "公开招标失败后经财政部门批准变更：" + reason);
        return Map.of("methodSwitchApproved", true, "method", proposedMethod);
    }

    // ---- award --------------------------------------------------------------------------------

    /** The head confirms the winner: never before the bid deadline, and by the committee's ranking. */
    Map<String, Object> confirmWinner(Actor actor, long projectId, long bidId, String reason) {
        actor.require(Role.PURCHASER_HEAD);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        if (p.getBidDeadline() == null || clock.now().isBefore(p.getBidDeadline())) {
            throw PortalException.conflict(null, "error.tender.award-before-deadline");
        }
        Bid bid = currentRound(projectId).stream().filter(b -> b.getId() == bidId).findFirst()
                .orElseThrow(() -> PortalException.invalid("bidId", "error.unknown", bidId));
        if (!bid.isQualified() || bid.getRankNo() == null) {
            throw PortalException.invalid("bidId", "error.tender.not-ranked");
        }
        if (bid.getRankNo() != 1 && (reason == null || reason.isBlank())) {
            throw PortalException.invalid("reason", "error.tender.rank-reason", bid.getRankNo());
        }
        Award award = awards.save(new Award(projectId, bid.getId(), bid.getProviderId(), bid.getPrice(),
                actor.username(), clock.now()));
        audit.record(actor, "tender.confirm-winner", "Award", award.getId(), null, Map.of("bid", bidId,
                "provider", bid.getProviderId(), "amount", bid.getPrice(), "rank", bid.getRankNo(),
                "reason", reason == null ? "" : reason));
        return Map.of(Vars.PROVIDER_ID, bid.getProviderId(), "awardId", award.getId());
    }

    /** Single source: after the notice period, the negotiated agreement with the sole provider. */
    Map<String, Object> negotiateSingleSource(Actor actor, long projectId, long providerId, BigDecimal amount,
                                              String minutes) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        Organisation provider = organisations.findById(providerId)
                .orElseThrow(() -> PortalException.invalid("providerId", "error.unknown", providerId));
        String ineligible = provider.ineligibilityOn(clock.today());
        if (ineligible != null) {
            throw PortalException.invalid("providerId", ineligible, provider.getName());
        }
        BigDecimal price = Money.requirePositive("amount", amount);
        if (price.compareTo(p.getEstimatedAmount()) > 0) {
            throw PortalException.invalid("amount", "error.tender.above-budget", p.getEstimatedAmount());
        }
        Award award = awards.save(new Award(projectId, null, providerId, price, actor.username(), clock.now()));
        audit.record(actor, "tender.single-source-agreement", "Award", award.getId(), null,
                Map.of("provider", providerId, "amount", price, "minutes", minutes));
        return Map.of(Vars.PROVIDER_ID, providerId, "awardId", award.getId());
    }

    /** Publishes the single-source notice; returns when its period ends. */
    @Transactional
    public Instant publishSingleSourceNotice(long projectId) {
        ProcurementProject p = projects.project(projectId);
        Instant ends = deadlines.workingDaysEnd(clock.now(),
                rules.forJurisdiction(p.getJurisdictionCode()).workingDays(Rule.SINGLE_SOURCE_NOTICE_WORKING_DAYS));
        publication.publish(projectId, Announcement.Kind.SINGLE_SOURCE_NOTICE, p.getTitle() + " 单一来源采购公示",
                "项目编号：%s\n预算金额：%s 元\n理由：%s\n公示截止：%s".formatted(p.getCode(),
                        p.getEstimatedAmount().toPlainString(), p.getMethodReason(), PortalClock.dayOf(ends)), ends, Optional.empty());
        return ends;
    }

    /** Publishes the award notice and starts the challenge window and the signing clock. */
    @Transactional
    public Map<String, Object> publishAward(long projectId, long awardId) {
        ProcurementProject p = projects.project(projectId);
        Award award = awards.findById(awardId).orElseThrow();
        Instant now = clock.now();
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Instant challengeEnds = deadlines.workingDaysEnd(now, book.workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS));
        Instant signingDeadline = deadlines.daysEnd(now, book.days(Rule.CONTRACT_SIGNING_DAYS));
        Instant escalation = signingDeadline.minus(java.time.Duration.ofDays(book.days(Rule.CONTRACT_SIGNING_ESCALATION_DAYS_BEFORE)));
        award.published(now);
        p.awardPublished(now, challengeEnds);
        Organisation provider = organisations.findById(award.getProviderId()).orElseThrow();
        List<String[]> ranking = currentRound(projectId).stream().filter(b -> b.getRankNo() != null)
                .sorted(java.util.Comparator.comparing(Bid::getRankNo))
                .map(b -> new String[]{String.valueOf(b.getRankNo()),
                        organisations.nameOf(b.getProviderId()),
                        DocumentModels.figures(b.getEvaluatedPrice()), b.getPriceScore().toPlainString(),
                        b.getQualityScore().toPlainString(), b.getTotalScore().toPlainString()})
                .toList();
        Optional<StoredDocument> notice = documents.render("ProcurementProject", projectId, "AWARD_NOTICE",
                p.getCode() + "-award.pdf",
                DocumentTemplate.AWARD_NOTICE, DocumentModels.awardNotice(new DocumentModels.AwardData(p.getCode(),
                        p.getTitle(), organisations.nameOf(p.getPurchaserId()), p.getMethod().label(), provider.getName(), award.getAmount(), ranking,
                        book.workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS), PortalClock.dayOf(challengeEnds).toString(),
                        clock.today().toString())));
        publication.publish(projectId, Announcement.Kind.AWARD_NOTICE, p.getTitle() + " 中标（成交）结果公告",
                "项目编号：%s\n中标（成交）供应商：%s\n中标（成交）金额：%s 元\n质疑截止：%s".formatted(p.getCode(),
                        provider.getName(), award.getAmount().toPlainString(), PortalClock.dayOf(challengeEnds)),
                challengeEnds, notice);
        return Map.of("challengeWindowEnds", Executions.date(challengeEnds),
                "signingDeadline", Executions.date(signingDeadline),
                "signingEscalationAt", Executions.date(escalation));
    }

    /** A challenge upheld: the award is withdrawn and a notice says so. */
    @Transactional
    public void cancelAward(long projectId, String reason) {
        ProcurementProject p = projects.project(projectId);
        awards.current(projectId).ifPresent(a -> {
            a.cancel();
            audit.record(AuditLog.SYSTEM, "tender.cancel-award", "Award", a.getId(), Map.of("status", "PUBLISHED"),
                    Map.of("status", Award.Status.CANCELLED, "reason", reason));
        });
        p.awardCancelled();
        publication.publish(projectId, Announcement.Kind.AWARD_CANCELLED_NOTICE, p.getTitle() + " 更正公告",
                "项目编号：%s\n原中标（成交）结果撤销。理由：%s".formatted(p.getCode(), reason), null, Optional.empty());
    }

    @Transactional(readOnly = true)
    public Award award(long awardId) {
        return awards.findById(awardId).orElseThrow(() -> PortalException.notFound("Award", awardId));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Award> currentAward(long projectId) {
        return awards.current(projectId);
    }

    private BidView view(Bid b, String providerName) {
        return new BidView(b.getId(), b.getProjectId(), b.getTenderRound(), b.getProviderId(), providerName,
                b.getSubmittedAt(), b.getStatus(), b.getCommitment(), b.getPrice(),
                b.getDisqualificationReason(), b.getRankNo(), b.getTotalScore());
    }

    /** A bidder's file name as the archive keeps it: no path, no control characters, at most 120 characters. */
    static String archivedName(String name, int position) {
        String base = name == null ? "" : name.replaceAll(".*[\\\\/]", "").replaceAll("\\p{Cntrl}", "").strip();
        boolean pdf = base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        String stem = pdf ? base.substring(0, base.length() - 4) : base;
        if (stem.isBlank()) {
            stem = "attachment-" + (position + 1);
        }
        return abbreviate(stem, 116).replace("…", "") + (pdf ? ".pdf" : "");
    }

    private static String abbreviate(String text, int max) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max) + "…";
    }
}
