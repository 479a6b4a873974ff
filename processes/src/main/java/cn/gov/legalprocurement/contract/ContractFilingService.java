package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing a signed contract (合同备案): the purchaser files a copy of a government procurement contract with the
 * finance department within {@code contract-filing-working-days} of its signing (政府采购法 47); the filing task is
 * due by then and a late filing stays marked late. A purchase below the floor is not government procurement and
 * is not filed.
 */
@Service
public class ContractFilingService {

    /** The longest note to the filing. */
    public static final int NOTE_MAX = 500;

    private final ContractService contracts;
    private final ProjectService projects;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final ContractFilingProcess process;
    private final AuditLog audit;
    private final PortalClock clock;

    ContractFilingService(ContractService contracts, ProjectService projects, RulesService rules, DeadlineService deadlines,
                          ContractFilingProcess process, AuditLog audit, PortalClock clock) {
        this.contracts = contracts;
        this.projects = projects;
        this.rules = rules;
        this.deadlines = deadlines;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contract was signed and published: its filing falls due; empty where none is owed. */
    @Transactional
    public Optional<Instant> open(long contractId) {
        Contract contract = contracts.contract(contractId);
        ProcurementProject p = projects.project(contract.getProjectId());
        if (p.getMethod() == ProcurementMethod.DECENTRALISED_PURCHASE || contract.signedAt() == null) {
            return Optional.empty();
        }
        Instant due = deadlines.workingDaysEnd(contract.signedAt(),
                rules.forJurisdiction(p.getJurisdictionCode()).workingDays(Rule.CONTRACT_FILING_WORKING_DAYS));
        contract.filingDueBy(due);
        process.start(p.getCode(), contract, due);
        return Optional.of(due);
    }

    /** The purchaser files the contract's copy with the finance department; once only. */
    @Transactional
    public void file(Actor actor, long contractId, String note) {
        actor.require(Role.PURCHASER);
        Contract contract = contracts.contract(contractId);
        actor.requireOrganisation(contract.getPurchaserId());
        if (contract.getFilingDue() == null || contract.getFiledAt() != null) {
            throw PortalException.conflict(null, "error.contract.filing-not-open", contract.getCode());
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw PortalException.invalid("note", "error.contract.filing-note-too-long", NOTE_MAX);
        }
        Instant now = clock.now();
        contract.filed(actor.username(), now);
        audit.record(actor, "contract.file", Contract.class, contractId, null, Map.of("filedAt", now,
                "due", contract.getFilingDue(), "late", contract.isFilingLate(now), "note", note == null ? "" : note.strip()));
    }
}
