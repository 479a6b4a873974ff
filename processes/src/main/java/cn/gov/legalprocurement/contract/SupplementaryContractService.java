package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
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
import cn.gov.legalprocurement.shared.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplementary contracts (政府采购法 art. 49): while a contract is performed the purchaser may buy more of the same
 * services from its provider, the other terms unchanged, all supplementary contracts together at most
 * {@code supplementary-contract-max-percent} of the original amount (refused above it, with the figures). Signed by
 * the provider, a supplement adds to the contract's amount (payments follow it) and to the budget commitment, and is
 * published.
 */
@Service
public class SupplementaryContractService {

    /** What may still be added: the ceiling, what the supplements proposed or signed already take. */
    public record Room(BigDecimal percent, BigDecimal limit, BigDecimal used) {
        public BigDecimal left() {
            return limit.subtract(used).max(Money.ZERO);
        }
    }

    private final SupplementaryContractRepository supplements;
    private final ContractRepository contracts;
    private final ProjectService projects;
    private final BudgetService budget;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final RulesService rules;
    private final AuditLog audit;
    private final PortalClock clock;
    private final ApplicationEventPublisher events;

    SupplementaryContractService(SupplementaryContractRepository supplements, ContractRepository contracts,
                                 ProjectService projects, BudgetService budget, OrganisationRepository organisations,
                                 PublicationService publication, RulesService rules, AuditLog audit, PortalClock clock,
                                 ApplicationEventPublisher events) {
        this.supplements = supplements;
        this.contracts = contracts;
        this.projects = projects;
        this.budget = budget;
        this.organisations = organisations;
        this.publication = publication;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Room room(long contractId) {
        Contract c = contract(contractId);
        BigDecimal percent = rules.forJurisdiction(projects.project(c.getProjectId()).getJurisdictionCode())
                .percent(Rule.SUPPLEMENTARY_CONTRACT_MAX_PERCENT);
        BigDecimal used = supplements.findByContractIdOrderBySeq(contractId).stream().map(SupplementaryContract::getAmount)
                .reduce(Money.ZERO, BigDecimal::add);
        return new Room(percent, Money.percentOf(c.getOriginalAmount(), percent), used);
    }

    /** The purchaser proposes a supplement to its contract in force; the provider signs it next. */
    @Transactional
    public SupplementaryContract propose(Actor actor, long contractId, BigDecimal amount, String content, String reason) {
        actor.require(Role.PURCHASER);
        Contract c = contract(contractId);
        actor.requireOrganisation(c.getPurchaserId());
        if (c.getStatus() != Contract.Status.IN_FORCE) {
            throw PortalException.conflict(null, "error.supplement.not-in-force", c.getCode());
        }
        BigDecimal added = Money.requirePositive("amount", amount);
        String what = Texts.require("content", content, 2000);
        String why = Texts.require("reason", reason, 2000);
        Room room = room(contractId);
        if (room.used().add(added).compareTo(room.limit()) > 0) {
            throw PortalException.invalid("amount", "error.supplement.above-limit", c.getCode(),
                    room.percent().stripTrailingZeros().toPlainString(), room.limit(), room.used(), added);
        }
        int seq = supplements.findByContractIdOrderBySeq(contractId).size() + 1;
        SupplementaryContract s = supplements.save(new SupplementaryContract(contractId, seq, added, what, why,
                actor.username(), clock.now()));
        audit.record(actor, "contract.supplement-propose", SupplementaryContract.class, s.getId(), null,
                Map.of("contract", c.getCode(), "seq", seq, "amount", added, "content", what, "reason", why));
        return s;
    }

    /** The provider signs: the budget commitment and the contract's amount grow, and the supplement is published. */
    @Transactional
    public SupplementaryContract sign(Actor actor, long supplementId) {
        actor.require(Role.PROVIDER);
        SupplementaryContract s = supplements.findById(supplementId)
                .orElseThrow(() -> PortalException.invalid("supplementId", "error.unknown", supplementId));
        Contract c = contract(s.getContractId());
        actor.requireOrganisation(c.getProviderId());
        if (s.getStatus() != SupplementaryContract.Status.PROPOSED) {
            throw PortalException.conflict(null, "error.supplement.signed");
        }
        if (c.getStatus() != Contract.Status.IN_FORCE) {
            throw PortalException.conflict(null, "error.supplement.not-in-force", c.getCode());
        }
        budget.extend(c.getProjectId(), s.getAmount());
        BigDecimal before = c.getAmount();
        Instant now = clock.now();
        s.signed(actor.username(), now);
        c.supplemented(s.getAmount());
        audit.record(actor, "contract.supplement-sign", SupplementaryContract.class, s.getId(), Map.of("amount", before),
                Map.of("contract", c.getCode(), "amount", c.getAmount()));
        ProcurementProject p = projects.project(c.getProjectId());
        publication.publish(p.getId(), Announcement.Kind.SUPPLEMENTARY_CONTRACT, c.getTitle() + " 补充合同（第 " + s.getSeq() + " 号）",
                ("合同编号：%s\n购买主体：%s\n承接主体：%s\n原合同金额：%s 元\n补充金额：%s 元（补充合同累计不超过原合同金额的 %s%%）\n"
                        + "补充内容：%s\n理由：%s\n签订日期：%s").formatted(c.getCode(), organisations.nameOf(c.getPurchaserId()),
                        organisations.nameOf(c.getProviderId()), c.getOriginalAmount().toPlainString(), s.getAmount().toPlainString(),
                        room(c.getId()).percent().stripTrailingZeros().toPlainString(), s.getContent(), s.getReason(),
                        PortalClock.dayOf(now)), null, Optional.empty());
        events.publishEvent(new ContractChanged(c.getId(), "supplemented"));
        return s;
    }

    @Transactional(readOnly = true)
    public List<SupplementaryContract> ofContract(long contractId) {
        return supplements.findByContractIdOrderBySeq(contractId);
    }

    private Contract contract(long contractId) {
        return contracts.findById(contractId).orElseThrow(() -> PortalException.invalid("contractId", "error.unknown", contractId));
    }
}
