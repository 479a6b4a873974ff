package cn.gov.legalprocurement.catalogue;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guiding catalogue: proposals, amendments and retirements run through the
 * {@code catalogueItemLifecycle} process (JUSTICE then FINANCE review); only published items can be
 * bought.
 */
@Service
public class CatalogueService {

    public record IndicatorDraft(IndicatorGroup group, Measure measure, String name, BigDecimal targetPerUnit) {
    }

    public record Proposal(String code, String name, String classCode, String description, ServiceUnit unit,
                           BigDecimal unitPrice, String payingParty, int fiscalYear, List<IndicatorDraft> indicators) {
    }

    private final CatalogueItemRepository items;
    private final CatalogueIndicatorRepository indicators;
    private final CatalogueClassRepository classes;
    private final CatalogueItemProcess process;
    private final AuditLog audit;
    private final PortalClock clock;

    public CatalogueService(CatalogueItemRepository items, CatalogueIndicatorRepository indicators,
                            CatalogueClassRepository classes, CatalogueItemProcess process, AuditLog audit, PortalClock clock) {
        this.items = items;
        this.indicators = indicators;
        this.classes = classes;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CatalogueItem propose(Actor actor, Proposal p) {
        actor.require(Role.PURCHASER, Role.JUSTICE, Role.FINANCE);
        validate(p);
        List<CatalogueItem> versions = items.findByCodeOrderByItemVersionDesc(p.code().strip());
        // a code is taken once any version of it went further than a withdrawn proposal
        if (versions.stream().anyMatch(v -> v.getStatus() != CatalogueStatus.WITHDRAWN)) {
            throw PortalException.conflict("code", "error.duplicate", p.code());
        }
        CatalogueItem item = create(actor, p, versions.isEmpty() ? 1 : versions.get(0).getItemVersion() + 1);
        start(actor, item, CatalogueItem.Change.PROPOSE);
        return item;
    }

    @Transactional
    public CatalogueItem proposeAmendment(Actor actor, long publishedItemId, Proposal p) {
        actor.require(Role.PURCHASER, Role.JUSTICE, Role.FINANCE);
        CatalogueItem current = item(publishedItemId);
        if (!current.isPublished()) {
            throw PortalException.conflict(null, "error.catalogue.not-published", current.getCode());
        }
        if (!current.getCode().equals(p.code())) {
            throw PortalException.invalid("code", "error.catalogue.code-fixed", current.getCode());
        }
        validate(p);
        CatalogueItem latest = items.findFirstByCodeOrderByItemVersionDesc(p.code()).orElseThrow();
        if (latest.getStatus() == CatalogueStatus.UNDER_REVIEW) {
            throw PortalException.conflict(null, "error.catalogue.change-pending", p.code());
        }
        CatalogueItem amended = create(actor, p, latest.getItemVersion() + 1);
        start(actor, amended, CatalogueItem.Change.AMEND);
        return amended;
    }

    @Transactional
    public void proposeRetirement(Actor actor, long itemId, String reason) {
        actor.require(Role.PURCHASER, Role.JUSTICE, Role.FINANCE);
        Texts.require("reason", reason, 2000);
        CatalogueItem item = item(itemId);
        if (!item.isPublished() || item.getPendingChange() != null) {
            throw PortalException.conflict(null, "error.catalogue.change-pending", item.getCode());
        }
        item.submit(CatalogueItem.Change.RETIRE, actor.username());
        audit.record(actor, "catalogue.propose-retirement", CatalogueItem.class, item.getId(), null, Map.of("reason", reason));
        startProcess(actor, item, CatalogueItem.Change.RETIRE);
    }

    /** A proposer's revision of a returned change: null fields stay as they were. */
    public record Revision(String name, String description, BigDecimal unitPrice, String payingParty, String comment) {
    }

    /**
     * The proposer works the reviewers' points into a returned proposal or amendment before resubmitting
     * it; empty fields stay as they were. A retirement has nothing to edit.
     */
    @Transactional
    public void revise(Actor actor, long itemId, Revision form) {
        CatalogueItem item = item(itemId);
        if (!actor.username().equals(item.getProposedBy())) {
            throw PortalException.forbidden("error.catalogue.not-proposer", item.getCode());
        }
        if (item.getPendingChange() == null || item.getPendingChange() == CatalogueItem.Change.RETIRE) {
            return;
        }
        if (form.name() != null && form.name().isBlank()) {
            throw PortalException.invalid("name", "error.required");
        }
        if (form.unitPrice() != null) {
            Money.requirePositive("unitPrice", form.unitPrice());
        }
        if (form.payingParty() != null && form.payingParty().isBlank()) {
            throw PortalException.invalid("payingParty", "error.required");
        }
        Map<String, Object> before = revisable(item);
        item.revise(form.name() == null ? item.getName() : form.name().strip(),
                form.description() == null ? item.getDescription() : form.description(),
                form.unitPrice() == null ? item.getUnitPrice() : Money.normalise(form.unitPrice()),
                form.payingParty() == null ? item.getPayingParty() : form.payingParty().strip());
        Map<String, Object> after = new LinkedHashMap<>(revisable(item));
        after.put("comment", form.comment() == null ? "" : form.comment());
        audit.record(actor, "catalogue.revise", CatalogueItem.class, itemId, before, after);
    }

    private static Map<String, Object> revisable(CatalogueItem item) {
        return Map.of("name", item.getName(), "unitPrice", item.getUnitPrice(), "payingParty", item.getPayingParty(),
                "description", item.getDescription() == null ? "" : item.getDescription());
    }

    /** Called when both reviews approved the change. */
    @Transactional
    public void applyChange(long itemId) {
        CatalogueItem item = item(itemId);
        switch (item.getPendingChange()) {
            case PROPOSE -> item.publish(clock.now());
            case AMEND -> {
                items.findByCodeAndStatus(item.getCode(), CatalogueStatus.PUBLISHED).ifPresent(CatalogueItem::retire);
                items.flush();
                item.publish(clock.now());
            }
            case RETIRE -> item.retire();
        }
        audit.record(AuditLog.SYSTEM, "catalogue.apply-change", CatalogueItem.class, itemId, null,
                Map.of("status", item.getStatus(), "version", item.getItemVersion()));
    }

    @Transactional
    public void withdrawChange(long itemId) {
        CatalogueItem item = item(itemId);
        item.withdraw();
        audit.record(AuditLog.SYSTEM, "catalogue.withdraw-change", CatalogueItem.class, itemId, null, Map.of("status", item.getStatus()));
    }

    void review(Actor actor, long itemId, Role reviewer, boolean approved, String comment) {
        actor.require(reviewer);
        if (!approved && (comment == null || comment.isBlank())) {
            throw PortalException.invalid("comment", "error.comment.required-when-rejecting");
        }
        audit.record(actor, "catalogue.review." + reviewer.name().toLowerCase(), CatalogueItem.class, itemId, null,
                Map.of("approved", approved, "comment", comment == null ? "" : comment));
    }

    @Transactional(readOnly = true)
    public List<CatalogueItem> published() {
        return items.findByStatusOrderByClassCodeAscCodeAsc(CatalogueStatus.PUBLISHED);
    }

    /** Every version of every item, published or not, for catalogue management. */
    @Transactional(readOnly = true)
    public List<CatalogueItem> all() {
        return items.findAll(org.springframework.data.domain.Sort.by("classCode", "code", "itemVersion"));
    }

    @Transactional(readOnly = true)
    public List<CatalogueClass> classes() {
        return classes.findAll();
    }

    @Transactional(readOnly = true)
    public CatalogueItem item(long id) {
        return items.findById(id).orElseThrow(() -> PortalException.notFound("CatalogueItem", id));
    }

    @Transactional(readOnly = true)
    public List<CatalogueIndicator> indicators(long itemId) {
        return indicators.findByItemId(itemId);
    }

    /** The item as a project may use it: published, else a refusal naming the field. */
    @Transactional(readOnly = true)
    public CatalogueItem requirePublished(String field, long id) {
        CatalogueItem item = items.findById(id).orElseThrow(() -> PortalException.invalid(field, "error.unknown", id));
        if (!item.isPublished()) {
            throw PortalException.invalid(field, "error.catalogue.not-published", item.getCode());
        }
        return item;
    }

    private CatalogueItem create(Actor actor, Proposal p, int version) {
        CatalogueItem item = items.save(new CatalogueItem(p.code().strip(), version, p.name().strip(), p.classCode(),
                p.description(), p.unit(), Money.normalise(p.unitPrice()), p.payingParty().strip(), p.fiscalYear(),
                actor.organisationId()));
        for (IndicatorDraft d : p.indicators()) {
            indicators.save(new CatalogueIndicator(item.getId(), d.group(), d.measure(), d.name(), d.targetPerUnit()));
        }
        return item;
    }

    private void start(Actor actor, CatalogueItem item, CatalogueItem.Change change) {
        item.submit(change, actor.username());
        audit.record(actor, "catalogue.propose-" + change.name().toLowerCase(), CatalogueItem.class, item.getId(), null,
                Map.of("code", item.getCode(), "version", item.getItemVersion(), "unitPrice", item.getUnitPrice()));
        startProcess(actor, item, change);
    }

    private void startProcess(Actor actor, CatalogueItem item, CatalogueItem.Change change) {
        process.start(item, actor.username(), change);
    }

    private void validate(Proposal p) {
        if (p.code() == null || !p.code().strip().matches("[A-Z0-9-]{2,32}")) {
            throw PortalException.invalid("code", "error.catalogue.code");
        }
        Texts.require("name", p.name(), 200);
        Texts.optional("description", p.description(), 2000);
        if (p.classCode() == null || !classes.existsById(p.classCode())) {
            throw PortalException.invalid("classCode", "error.unknown", p.classCode());
        }
        if (p.unit() == null) {
            throw PortalException.invalid("unit", "error.required");
        }
        Money.requirePositive("unitPrice", p.unitPrice());
        Texts.require("payingParty", p.payingParty(), 200);
        if (p.fiscalYear() < 2020 || p.fiscalYear() > 2100) {
            throw PortalException.invalid("fiscalYear", "error.year");
        }
        if (p.indicators() == null || p.indicators().isEmpty()) {
            throw PortalException.invalid("indicators", "error.catalogue.indicators");
        }
        for (IndicatorDraft d : p.indicators()) {
            if (d.group() == null || d.measure() == null || d.name() == null || d.name().isBlank()
                    || d.targetPerUnit() == null || d.targetPerUnit().signum() < 0) {
                throw PortalException.invalid("indicators", "error.catalogue.indicators");
            }
            Texts.require("indicators", d.name(), 200);
        }
    }
}
