package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.OriginalContracts;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single source: the notice with its statutory period, then the agreement negotiated with the sole
 * provider; an add-on (政府采购法 art. 31(3)) is agreed with the original contract's provider, without a notice.
 */
@Service
public class SingleSourceService {

    private final AwardRepository awards;
    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final OriginalContracts originals;
    private final AuditLog audit;
    private final PortalClock clock;

    SingleSourceService(AwardRepository awards, ProjectService projects, OrganisationRepository organisations,
                        PublicationService publication, RulesService rules, DeadlineService deadlines,
                        OriginalContracts originals, AuditLog audit, PortalClock clock) {
        this.awards = awards;
        this.projects = projects;
        this.organisations = organisations;
        this.publication = publication;
        this.rules = rules;
        this.deadlines = deadlines;
        this.originals = originals;
        this.audit = audit;
        this.clock = clock;
    }

    /** Single source: after the notice period, the negotiated agreement with the sole provider. */
    Award negotiateSingleSource(Actor actor, long projectId, long providerId, BigDecimal amount, String minutes) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        organisations.eligibleProvider("providerId", providerId, clock.today());
        if (p.getAddOnToContractId() != null) {
            OriginalContracts.Original original = originals.original(p.getAddOnToContractId()).orElseThrow();
            if (original.providerId() != providerId) {
                throw PortalException.invalid("providerId", "error.add-on.other-provider", original.code(),
                        organisations.nameOf(original.providerId()));
            }
        }
        BigDecimal price = Money.requirePositive("amount", amount);
        if (price.compareTo(p.getEstimatedAmount()) > 0) {
            throw PortalException.invalid("amount", "error.tender.above-budget", p.getEstimatedAmount());
        }
        Award award = awards.save(new Award(projectId, null, providerId, price, actor.username(), clock.now()));
        audit.record(actor, "tender.single-source-agreement", Award.class, award.getId(), null,
                Map.of("provider", providerId, "amount", price, "minutes", minutes));
        return award;
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
}
