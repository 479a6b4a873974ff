package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
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
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.user.UserDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation: drawing the committee at random from the expert pool without conflicted experts,
 * the experts' quality scores, and the comprehensive ranking (price score with the SME deduction).
 */
@Service
public class EvaluationService {

    private final ExpertRepository experts;
    private final ExpertConflictRepository conflicts;
    private final EvaluationCommitteeRepository committees;
    private final BidScoreRepository scores;
    private final AwardService awards;
    private final BidService bidding;
    private final ProjectService projects;
    private final RulesService rules;
    private final AuditLog audit;
    private final PortalClock clock;
    private final UserDirectory users;
    private final SecureRandom seeds = new SecureRandom();

    EvaluationService(ExpertRepository experts, ExpertConflictRepository conflicts,
                      EvaluationCommitteeRepository committees, BidScoreRepository scores, AwardService awards, BidService bidding,
                      ProjectService projects, RulesService rules, AuditLog audit, PortalClock clock, UserDirectory users) {
        this.users = users;
        this.experts = experts;
        this.conflicts = conflicts;
        this.committees = committees;
        this.scores = scores;
        this.awards = awards;
        this.bidding = bidding;
        this.projects = projects;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Draws the committee for the project's current round and returns its members' user names: the experts drawn
     * at random, and the purchaser's representative where one is named and the experts keep their share
     * ({@code committee-expert-share-min-percent}).
     */
    @Transactional
    public List<String> drawCommittee(long projectId) {
        ProcurementProject p = projects.project(projectId);
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        int size = committeeSize(p, book);
        // still a seat under the share, and still one of the unit's enabled purchasing staff; else the experts fill it
        Optional<Expert> representative = Optional.ofNullable(p.getPurchaserRepresentative())
                .filter(r -> representativeSeats(size, book.percent(Rule.COMMITTEE_EXPERT_SHARE_MIN_PERCENT)) > 0)
                .filter(r -> users.withRole(Role.PURCHASER, p.getPurchaserId()).stream().anyMatch(u -> u.getUsername().equals(r)))
                .map(r -> experts.findByUsername(r).orElseGet(() ->
                        experts.save(Expert.representative(r, users.displayName(r), p.getPurchaserId()))));
        int toDraw = size - (representative.isPresent() ? 1 : 0);
        Set<Long> bidders = bidding.currentRound(projectId).stream().filter(Bid::isQualified)
                .map(Bid::getProviderId).collect(Collectors.toSet());
        Set<Long> parties = new HashSet<>(bidders);
        parties.add(p.getPurchaserId());
        Set<Long> conflicted = conflictedExperts(bidders, book);
        List<Expert> eligible = new ArrayList<>(experts.findByActiveTrueOrderById().stream()
                .filter(e -> e.getKind() == Expert.Kind.POOL)
                .filter(e -> !conflicted.contains(e.getId()))
                .filter(e -> e.getEmployerId() == null || !parties.contains(e.getEmployerId()))
                .toList());
        if (eligible.size() < toDraw) {
            throw new IllegalStateException("The expert pool has " + eligible.size() + " experts without a conflict for "
                    + p.getCode() + ", " + toDraw + " are needed: add experts to the pool and retry the job");
        }
        long seed = seeds.nextLong();
        Collections.shuffle(eligible, new Random(seed));
        List<Expert> drawn = new ArrayList<>(eligible.subList(0, toDraw));
        Set<Long> ids = drawn.stream().map(Expert::getId).collect(Collectors.toCollection(LinkedHashSet::new));
        representative.ifPresent(r -> {
            ids.add(r.getId());
            drawn.add(r);
        });
        EvaluationCommittee committee = committees.save(new EvaluationCommittee(projectId, p.getTenderRound(),
                clock.now(), AuditLog.SYSTEM, seed, ids));
        audit.record(AuditLog.SYSTEM, "evaluation.draw-committee", EvaluationCommittee.class, committee.getId(), null,
                Map.of("project", p.getCode(), "round", p.getTenderRound(), "experts", ids, "seed", seed,
                        "excludedForConflict", conflicted,
                        "representative", representative.map(Expert::getUsername).orElse("")));
        return drawn.stream().map(Expert::getUsername).toList();
    }

    /** The committee's size: the panel of a non-tender method, a tender's, a large tender's (87号令 47, 74号令 7). */
    static int committeeSize(ProcurementProject p, RuleBook book) {
        return !p.getMethod().isTender() ? book.count(Rule.COMMITTEE_SIZE_NON_TENDER)
                : p.getEstimatedAmount().compareTo(book.yuan(Rule.LARGE_PROJECT_AMOUNT)) >= 0
                ? book.count(Rule.COMMITTEE_SIZE_LARGE_PROJECT) : book.count(Rule.COMMITTEE_SIZE_TENDER);
    }

    /**
     * How many seats of a committee of {@code size} the purchaser's representatives may hold while the experts keep
     * at least {@code sharePercent} of it (two thirds: 87号令 47; 政府采购法 38, 74号令 7; 财库〔2014〕214号), the share read as a percentage to two
     * places (2 of 3 is 66.67 %).
     */
    static int representativeSeats(int size, BigDecimal sharePercent) {
        int experts = 0;
        while (experts < size && BigDecimal.valueOf(experts * 100L).divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP)
                .compareTo(sharePercent) < 0) {
            experts++;
        }
        return size - experts;
    }

    /** Experts whose relationship with a bidder lasts, or ended within {@code conflict-lookback-years} (实施条例 39). */
    Set<Long> conflictedExperts(Set<Long> bidders, RuleBook book) {
        LocalDate since = clock.today().minusYears(book.count(Rule.CONFLICT_LOOKBACK_YEARS));
        return conflicts.findByProviderIdInAndRelationshipUntilGreaterThanEqual(bidders, since).stream()
                .map(ExpertConflict::getExpertId).collect(Collectors.toSet());
    }

    /**
     * Who chairs the panel and records the negotiation's rounds: the first drawn expert by user name, never the
     * purchaser's representative (采购人代表不得担任组长, 财库〔2012〕69号).
     */
    @Transactional(readOnly = true)
    public String chair(long projectId) {
        EvaluationCommittee committee = currentCommittee(projectId);
        return experts.findAllById(committee.getExpertIds()).stream().filter(e -> e.getKind() == Expert.Kind.POOL)
                .map(Expert::getUsername).sorted().findFirst().orElseThrow();
    }

    /** The user names of the current committee (the multi-instance collection of the scoring task). */
    @Transactional(readOnly = true)
    public List<String> members(long projectId) {
        EvaluationCommittee committee = currentCommittee(projectId);
        return experts.findAllById(committee.getExpertIds()).stream().map(Expert::getUsername).sorted().toList();
    }

    /** One expert's quality scores for every qualified bid of the round. */
    void score(Actor actor, long projectId, boolean noConflict, Map<Long, BigDecimal> qualityScores, String comment) {
        EvaluationCommittee committee = requireMember(actor, projectId);
        Expert expert = experts.findByUsername(actor.username()).orElseThrow();
        if (!noConflict) {
            throw PortalException.invalid("noConflict", "error.evaluation.declare-conflict");
        }
        if (scores.existsByCommitteeIdAndExpertId(committee.getId(), expert.getId())) {
            throw PortalException.conflict(null, "error.evaluation.already-scored");
        }
        ProcurementProject p = projects.project(projectId);
        BigDecimal max = BigDecimal.valueOf(100 - p.getPriceWeight());
        List<Bid> qualified = bidding.currentRound(projectId).stream().filter(Bid::isQualified).toList();
        if (qualityScores.keySet().stream().anyMatch(id -> qualified.stream().noneMatch(b -> b.getId().equals(id)))) {
            throw PortalException.invalid("scores", "error.evaluation.unknown-bid");
        }
        for (Bid bid : qualified) {
            BigDecimal score = qualityScores.get(bid.getId());
            if (score == null) {
                throw PortalException.invalid("scores", "error.evaluation.missing-score", bid.getId());
            }
            if (score.signum() < 0 || score.compareTo(max) > 0 || score.scale() > 2) {
                throw PortalException.invalid("scores", "error.evaluation.score-range", bid.getId(), max);
            }
            scores.save(new BidScore(committee.getId(), expert.getId(), bid.getId(), score, comment, clock.now()));
        }
        audit.record(actor, "evaluation.score", EvaluationCommittee.class, committee.getId(), null,
                Map.of("scores", qualityScores));
    }

    /**
     * Comprehensive scoring (87号令 55): price score = lowest evaluated price / evaluated price x
     * price weight; small and micro enterprises' prices are reduced by the SME deduction first;
     * quality = the experts' average. Ties go to the lower evaluated price, then the earlier bid.
     */
    @Transactional
    public void rank(long projectId) {
        ProcurementProject p = projects.project(projectId);
        EvaluationCommittee committee = currentCommittee(projectId);
        BigDecimal deduction = smeDeduction(p, rules.forJurisdiction(p.getJurisdictionCode()));
        BigDecimal weight = BigDecimal.valueOf(p.getPriceWeight());
        List<Bid> qualified = bidding.currentRound(projectId).stream().filter(Bid::isQualified).toList();
        Map<Long, List<BidScore>> byBid = scores.findByCommitteeId(committee.getId()).stream()
                .collect(Collectors.groupingBy(BidScore::getBidId));
        Map<Long, BigDecimal> evaluated = qualified.stream().collect(Collectors.toMap(Bid::getId, b -> evaluatedPrice(b, deduction)));
        BigDecimal lowest = evaluated.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        for (Bid bid : qualified) {
            List<BidScore> given = byBid.getOrDefault(bid.getId(), List.of());
            if (given.size() != committee.getExpertIds().size()) {
                throw new IllegalStateException("Bid " + bid.getId() + " has " + given.size() + " scores for "
                        + committee.getExpertIds().size() + " experts");
            }
            BigDecimal quality = given.stream().map(BidScore::getQualityScore).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP);
            BigDecimal priceScore = lowest.multiply(weight).divide(evaluated.get(bid.getId()), 2, RoundingMode.HALF_UP);
            bid.score(evaluated.get(bid.getId()), priceScore, quality, priceScore.add(quality));
        }
        List<Bid> ordered = new ArrayList<>(qualified);
        ordered.sort(Comparator.comparing(Bid::getTotalScore).reversed()
                .thenComparing(Bid::getEvaluatedPrice).thenComparing(Bid::getSubmittedAt));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).rank(i + 1);
        }
        audit.record(AuditLog.SYSTEM, "evaluation.rank", ProcurementProject.class, projectId, null,
                ordered.stream().collect(Collectors.toMap(b -> "bid-" + b.getId(), b -> b.getRankNo() + ":" + b.getTotalScore())));
    }

    /** A challenge upheld for re-evaluation: the award is withdrawn, the same committee scores again. */
    @Transactional
    public void reopen(long projectId, String reason) {
        awards.cancelAward(projectId, reason);
        EvaluationCommittee committee = currentCommittee(projectId);
        scores.deleteByCommitteeId(committee.getId());
        bidding.currentRound(projectId).forEach(Bid::clearScores);
        audit.record(AuditLog.SYSTEM, "evaluation.reopen", EvaluationCommittee.class, committee.getId(), null,
                Map.of("reason", reason));
    }

    /** The opened, qualified bids a committee member scores; only members of the current committee see them. */
    @Transactional(readOnly = true)
    public List<Bid> bidsToScore(Actor actor, long projectId) {
        requireMember(actor, projectId);
        return bidding.currentRound(projectId).stream().filter(Bid::isQualified).toList();
    }

    /** The actor is an expert on the project's current committee (or panel): its committee. */
    EvaluationCommittee requireMember(Actor actor, long projectId) {
        actor.require(Role.EXPERT, Role.PURCHASER);
        Expert expert = experts.findByUsername(actor.username()).orElseThrow(() -> PortalException.forbidden("error.role", "EXPERT"));
        actor.require(expert.getKind() == Expert.Kind.POOL ? Role.EXPERT : Role.PURCHASER);
        EvaluationCommittee committee = currentCommittee(projectId);
        if (!committee.getExpertIds().contains(expert.getId())) {
            throw PortalException.forbidden("error.evaluation.not-member");
        }
        return committee;
    }

    /**
     * The price deduction small and micro enterprises get ({@code sme-price-deduction-percent}); none in a project
     * reserved for SMEs, where every bidder is one (财库〔2020〕46号 9).
     */
    static BigDecimal smeDeduction(ProcurementProject p, RuleBook book) {
        return p.isSmeReserved() ? BigDecimal.ZERO : book.percent(Rule.SME_PRICE_DEDUCTION_PERCENT);
    }

    /** The price a bid is evaluated at: a small or micro enterprise's reduced by the SME deduction (财库〔2020〕46号 9). */
    static BigDecimal evaluatedPrice(Bid bid, BigDecimal deductionPercent) {
        return bid.getSmeSize() != null && bid.getSmeSize().getsPriceDeduction()
                ? Money.normalise(bid.getPrice().subtract(Money.percentOf(bid.getPrice(), deductionPercent)))
                : bid.getPrice();
    }

    private EvaluationCommittee currentCommittee(long projectId) {
        ProcurementProject p = projects.project(projectId);
        return committees.findFirstByProjectIdAndTenderRoundOrderByIdDesc(projectId, p.getTenderRound())
                .orElseThrow(() -> PortalException.notFound("EvaluationCommittee", p.getCode()));
    }

    /** Every committee drawn for the project, one per round (and per re-evaluation), oldest first. */
    @Transactional(readOnly = true)
    public List<EvaluationCommittee> committees(long projectId) {
        return committees.findByProjectIdOrderById(projectId);
    }

}
