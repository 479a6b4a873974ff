package cn.gov.legalprocurement.intention;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectItem;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.ChineseAmount;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase intentions (政府采购意向公开, 财库〔2020〕10号): a purchasing unit publishes what it intends to buy — the
 * service, the needs, the budget and the expected month — and the procurement of that service starts no earlier
 * than {@code purchase-intention-days} after. A purchase below the floor, a call-off under a framework agreement and
 * an urgent purchase need none.
 */
@Service
public class PurchaseIntentionService {

    public static final int TITLE_MAX = 200;
    public static final int NEEDS_MAX = 2000;

    /** What the unit intends to buy. */
    public record Draft(Long catalogueItemId, String title, String needs, BigDecimal budget, YearMonth expectedMonth) {
    }

    private final PurchaseIntentionRepository intentions;
    private final CatalogueService catalogue;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final PublicationService publication;
    private final RulesService rules;
    private final AuditLog audit;
    private final PortalClock clock;

    PurchaseIntentionService(PurchaseIntentionRepository intentions, CatalogueService catalogue, OrganisationService organisations,
                             ProjectService projects, PublicationService publication, RulesService rules, AuditLog audit,
                             PortalClock clock) {
        this.intentions = intentions;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.projects = projects;
        this.publication = publication;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The purchaser publishes the unit's intention on the public pages. */
    @Transactional
    public PurchaseIntention publish(Actor actor, Draft draft) {
        actor.require(Role.PURCHASER);
        if (draft.catalogueItemId() == null) {
            throw PortalException.invalid("catalogueItemId", "error.required");
        }
        CatalogueItem item = catalogue.item(draft.catalogueItemId());
        if (!item.isPublished()) {
            throw PortalException.invalid("catalogueItemId", "error.intention.item-not-published", item.getName());
        }
        String title = Texts.require("title", draft.title(), TITLE_MAX);
        String needs = Texts.require("needs", draft.needs(), NEEDS_MAX);
        BigDecimal budget = Money.requirePositive("budget", draft.budget());
        if (draft.expectedMonth() == null) {
            throw PortalException.invalid("expectedMonth", "error.required");
        }
        if (draft.expectedMonth().isBefore(YearMonth.from(clock.today()))) {
            throw PortalException.invalid("expectedMonth", "error.intention.month-past", draft.expectedMonth().toString());
        }
        PurchaseIntention intention = intentions.save(new PurchaseIntention(actor.organisationId(), item.getId(), title, needs,
                budget, draft.expectedMonth(), clock.now(), actor.username()));
        Announcement a = publication.publishUnattached(Announcement.Kind.PURCHASE_INTENTION, title + " 采购意向",
                text(intention, item), PurchaseIntention.class, intention.getId());
        intention.announcedAs(a.getId());
        audit.record(actor, "intention.publish", PurchaseIntention.class, intention.getId(), null, Map.of(
                "item", item.getCode(), "budget", budget, "expectedMonth", draft.expectedMonth().toString()));
        return intention;
    }

    /** The intentions the actor's unit published, latest first. */
    @Transactional(readOnly = true)
    public List<PurchaseIntention> ofUnit(Actor actor) {
        actor.require(Role.PURCHASER, Role.PURCHASER_HEAD);
        return intentions.findByPurchaserIdOrderByPublishedAtDesc(actor.organisationId());
    }

    /** The days between an intention and the procurement in the unit's jurisdiction ({@code purchase-intention-days}). */
    @Transactional(readOnly = true)
    public int leadDays(long unitId) {
        return rules.forJurisdiction(organisations.jurisdictionOf(unitId)).days(Rule.PURCHASE_INTENTION_DAYS);
    }

    /** When procurement of the intention's service may start. */
    @Transactional(readOnly = true)
    public Instant startsFrom(PurchaseIntention intention) {
        return startsFrom(intention.getPublishedAt(), organisations.jurisdictionOf(intention.getPurchaserId()));
    }

    private Instant startsFrom(Instant publishedAt, String jurisdiction) {
        return publishedAt.plus(Duration.ofDays(rules.forJurisdiction(jurisdiction).days(Rule.PURCHASE_INTENTION_DAYS)));
    }

    /**
     * When the project's procurement may start: {@code purchase-intention-days} after the earliest intention its unit
     * published for one of its services; empty where the unit has published none.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> procurementStartsFrom(ProcurementProject p) {
        List<Long> items = projects.items(p.getId()).stream().map(ProjectItem::getCatalogueItemId).toList();
        return intentions.findByPurchaserIdAndCatalogueItemIdInOrderByPublishedAtAsc(p.getPurchaserId(), items).stream()
                .findFirst().map(i -> startsFrom(i.getPublishedAt(), p.getJurisdictionCode()));
    }

    /** Refuses to start the procurement (its documents, its notice) before the intention has been public long enough. */
    @Transactional(readOnly = true)
    public void requireIntentionPeriodPassed(ProcurementProject p) {
        if (!needsIntention(p)) {
            return;
        }
        Instant from = procurementStartsFrom(p).orElseThrow(() -> PortalException.conflict(null, "error.intention.missing",
                rules.forJurisdiction(p.getJurisdictionCode()).days(Rule.PURCHASE_INTENTION_DAYS)));
        if (clock.now().isBefore(from)) {
            throw PortalException.conflict(null, "error.intention.too-recent", PortalClock.minutes(from));
        }
    }

    /**
     * Where a procurement stands with its purchase intention now: {@code ready} to start (it needs none, or the period
     * has passed), and from when it may start (empty while its unit has published none for its services).
     */
    public record IntentionPeriod(boolean ready, Optional<Instant> startsFrom) {
    }

    @Transactional(readOnly = true)
    public IntentionPeriod intentionPeriod(long projectId) {
        ProcurementProject p = projects.project(projectId);
        Optional<Instant> from = procurementStartsFrom(p);
        Instant now = clock.now();
        return new IntentionPeriod(!needsIntention(p) || from.filter(f -> !now.isBefore(f)).isPresent(), from);
    }

    /**
     * The purchaser publishes the intention a procurement still lacks (a single-source purchase, which has no documents
     * to wait at): for the project's first service, its title and budget, in the month it may start; returns when.
     */
    @Transactional
    public Instant publishFor(Actor actor, long projectId, String needs) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        long item = projects.items(projectId).get(0).getCatalogueItemId();
        Instant from = startsFrom(clock.now(), p.getJurisdictionCode());
        PurchaseIntention published = publish(actor, new Draft(item, p.getTitle(), needs, p.getEstimatedAmount(),
                YearMonth.from(PortalClock.dayOf(from))));
        return startsFrom(published);
    }

    /** Whether the project's procurement waits for an intention: not below the floor, a call-off or an urgent purchase. */
    public static boolean needsIntention(ProcurementProject p) {
        return p.getMethod() != ProcurementMethod.DECENTRALISED_PURCHASE && p.getMethod() != ProcurementMethod.FRAMEWORK_CALL_OFF
                && !p.isUrgent();
    }

    private String text(PurchaseIntention i, CatalogueItem item) {
        YearMonth month = i.getExpectedMonth();
        return String.join("\n",
                "采购单位：" + organisations.nameOf(i.getPurchaserId()),
                "采购项目名称：" + i.getTitle(),
                "服务事项：" + item.getCode() + " " + item.getName(),
                "采购需求概况：" + i.getNeeds(),
                "预算金额：" + ChineseAmount.of(i.getBudget()) + "（¥" + DocumentModels.figures(i.getBudget()) + "）",
                "预计采购时间：" + month.getYear() + " 年 " + month.getMonthValue() + " 月",
                "本采购意向仅作为供应商了解本单位初步采购安排的参考，采购项目实际采购需求、预算金额和执行时间以最终发布的采购公告和采购文件为准（财库〔2020〕10号）。");
    }
}
