package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractChanged;
import cn.gov.legalprocurement.contract.ContractIndicator;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performance monitoring: the contract term cut into periods (the rules' period length), the
 * provider's report per period, the pro-rata check that raises warnings, spot checks and the
 * service recipients' satisfaction.
 */
@Service
public class PerformanceService {

    public static final String ATTACHMENT_KIND = "performance-attachment";

    /** One period of the contract term. */
    public record Period(int number, int count, LocalDate start, LocalDate end) {

        /** The period timer fires at the start of the day after the period. */
        public Instant reportDueFrom() {
            return PortalClock.startOfDay(end.plusDays(1));
        }
    }

    private final PerformanceReportRepository reports;
    private final PerformanceWarningRepository warnings;
    private final SpotCheckRepository spotChecks;
    private final SatisfactionFeedbackRepository feedback;
    private final ContractService contracts;
    private final ProjectService projects;
    private final RulesService rules;
    private final AuditLog audit;
    private final PortalClock clock;
    private final ApplicationEventPublisher events;
    private final DocumentArchive archive;

    PerformanceService(PerformanceReportRepository reports, PerformanceWarningRepository warnings,
                       SpotCheckRepository spotChecks, SatisfactionFeedbackRepository feedback, ContractService contracts,
                       ProjectService projects, RulesService rules, AuditLog audit, PortalClock clock, ApplicationEventPublisher events,
                       DocumentArchive archive) {
        this.reports = reports;
        this.warnings = warnings;
        this.spotChecks = spotChecks;
        this.feedback = feedback;
        this.contracts = contracts;
        this.projects = projects;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.archive = archive;
    }

    /** A PDF the contract's provider attaches to a performance report (evidence of the work). */
    @Transactional
    public StoredDocument attach(Actor actor, long contractId, String fileName, byte[] content) {
        actor.require(Role.PROVIDER).requireOrganisation(contracts.contract(contractId).getProviderId());
        return archive.uploadPdf(actor, "attachment", Contract.class, contractId, ATTACHMENT_KIND, fileName, content);
    }

    @Transactional(readOnly = true)
    public Period period(long contractId, int number) {
        Contract c = contracts.contract(contractId);
        int months = rules.forJurisdiction(projects.project(c.getProjectId()).getJurisdictionCode())
                .count(Rule.PERFORMANCE_PERIOD_MONTHS);
        int count = 1;
        while (!c.getTermStart().plusMonths((long) months * count).isAfter(c.getTermEnd())) {
            count++;
        }
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("Contract " + c.getCode() + " has " + count + " periods, not " + number);
        }
        LocalDate start = c.getTermStart().plusMonths((long) months * (number - 1));
        LocalDate end = c.getTermStart().plusMonths((long) months * number).minusDays(1);
        return new Period(number, count, start, end.isAfter(c.getTermEnd()) ? c.getTermEnd() : end);
    }

    void report(Actor actor, long contractId, int periodNo, Map<Measure, BigDecimal> delivered, String narrative) {
        actor.require(Role.PROVIDER);
        Contract c = contracts.contract(contractId);
        actor.requireOrganisation(c.getProviderId());
        if (reports.existsByContractIdAndPeriodNo(contractId, periodNo)) {
            throw PortalException.conflict(null, "error.performance.already-reported", periodNo);
        }
        Map<Measure, BigDecimal> quantities = new EnumMap<>(Measure.class);
        for (ContractIndicator indicator : contracts.indicators(contractId)) {
            BigDecimal q = delivered == null ? null : delivered.get(indicator.getMeasure());
            if (q == null) {
                throw PortalException.invalid("delivered", "error.performance.measure-missing", indicator.getName());
            }
            if (q.signum() < 0 || q.scale() > 2) {
                throw PortalException.invalid("delivered", "error.not-negative");
            }
            quantities.put(indicator.getMeasure(), q);
        }
        Period period = period(contractId, periodNo);
        reports.save(new PerformanceReport(contractId, periodNo, period.start(), period.end(), actor.username(),
                clock.now(), narrative, quantities));
        audit.record(actor, "performance.report", Contract.class, contractId, null,
                Map.of("period", periodNo, "delivered", quantities));
        events.publishEvent(new ContractChanged(contractId, "performance reported"));
    }

    /** A period's assessment: whether delivery fell behind, and the period to wait for next, if any. */
    public record Assessment(boolean shortfall, Optional<Period> next) {
    }

    /**
     * Compares cumulative delivery with the pro-rata target (days of the term elapsed at the end
     * of the period); raises a warning per measure behind it.
     */
    @Transactional
    public Assessment assess(long contractId, int periodNo) {
        Contract c = contracts.contract(contractId);
        Period period = period(contractId, periodNo);
        long termDays = ChronoUnit.DAYS.between(c.getTermStart(), c.getTermEnd()) + 1;
        long elapsed = ChronoUnit.DAYS.between(c.getTermStart(), period.end()) + 1;
        Map<Measure, BigDecimal> cumulative = cumulative(contractId, periodNo);
        boolean shortfall = false;
        for (Map.Entry<Measure, BigDecimal> target : targets(contractId).entrySet()) {
            BigDecimal expected = target.getValue().multiply(BigDecimal.valueOf(elapsed))
                    .divide(BigDecimal.valueOf(termDays), 2, RoundingMode.HALF_UP);
            BigDecimal done = cumulative.getOrDefault(target.getKey(), BigDecimal.ZERO);
            if (done.compareTo(expected) < 0) {
                shortfall = true;
                warnings.save(new PerformanceWarning(contractId, periodNo, target.getKey(), expected, done, clock.now()));
                audit.record(AuditLog.SYSTEM, "performance.warning", Contract.class, contractId, null,
                        Map.of("period", periodNo, "measure", target.getKey(), "expected", expected, "delivered", done));
            }
        }
        return new Assessment(shortfall, periodNo < period.count() ? Optional.of(period(contractId, periodNo + 1))
                : Optional.empty());
    }

    void handleWarning(Actor actor, long contractId, int periodNo, String action) {
        actor.require(Role.PURCHASER);
        Contract c = contracts.contract(contractId);
        actor.requireOrganisation(c.getPurchaserId());
        warnings.findByContractIdAndPeriodNo(contractId, periodNo).forEach(w -> w.handle(action.strip(), actor.username()));
        audit.record(actor, "performance.handle-warning", Contract.class, contractId, null,
                Map.of("period", periodNo, "action", action));
    }

    @Transactional
    public SpotCheck spotCheck(Actor actor, long contractId, String finding, boolean passed) {
        actor.require(Role.PURCHASER);
        Contract c = contracts.contract(contractId);
        actor.requireOrganisation(c.getPurchaserId());
        requireInForce(c);
        if (finding == null || finding.isBlank()) {
            throw PortalException.invalid("finding", "error.required");
        }
        SpotCheck check = spotChecks.save(new SpotCheck(contractId, actor.username(), clock.now(), finding.strip(), passed));
        audit.record(actor, "performance.spot-check", Contract.class, contractId, null, Map.of("finding", finding, "passed", passed));
        return check;
    }

    /** A service recipient's feedback, recorded by the purchaser or given through the public form. */
    @Transactional
    public SatisfactionFeedback feedback(long contractId, String respondent, int score, String comment) {
        Contract c = contracts.contract(contractId);
        requireInForce(c);
        if (respondent == null || respondent.isBlank()) {
            throw PortalException.invalid("respondent", "error.required");
        }
        if (score < 1 || score > 5) {
            throw PortalException.invalid("score", "error.performance.satisfaction-range");
        }
        SatisfactionFeedback given = feedback.save(new SatisfactionFeedback(contractId, respondent.strip(), score,
                comment, clock.now()));
        audit.record(respondent.strip(), "performance.feedback", Contract.class, contractId, null, Map.of("score", score));
        return given;
    }

    /** Delivered over contracted, averaged over the contract's measures (each capped at 1). */
    @Transactional(readOnly = true)
    public BigDecimal deliveryRatio(long contractId) {
        Map<Measure, BigDecimal> targets = targets(contractId);
        Map<Measure, BigDecimal> done = cumulative(contractId, Integer.MAX_VALUE);
        OptionalDouble ratio = targets.entrySet().stream().filter(t -> t.getValue().signum() > 0)
                .mapToDouble(t -> Math.min(1.0, done.getOrDefault(t.getKey(), BigDecimal.ZERO)
                        .divide(t.getValue(), 6, RoundingMode.HALF_UP).doubleValue()))
                .average();
        return BigDecimal.valueOf(ratio.orElse(1.0)).setScale(4, RoundingMode.HALF_UP);
    }

    @Transactional(readOnly = true)
    public BigDecimal satisfactionAverage(long contractId) {
        List<SatisfactionFeedback> given = feedback.findByContractIdOrderByGivenAt(contractId);
        if (given.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(given.stream().mapToInt(SatisfactionFeedback::getScore).average().orElseThrow())
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** What was delivered over the whole term so far, per measure. */
    @Transactional(readOnly = true)
    public Map<Measure, BigDecimal> delivered(long contractId) {
        return cumulative(contractId, Integer.MAX_VALUE);
    }

    @Transactional(readOnly = true)
    public List<PerformanceReport> reports(long contractId) {
        return reports.findByContractIdOrderByPeriodNo(contractId);
    }

    @Transactional(readOnly = true)
    public List<PerformanceWarning> warnings(long contractId) {
        return warnings.findByContractIdOrderById(contractId);
    }

    private Map<Measure, BigDecimal> targets(long contractId) {
        return contracts.indicators(contractId).stream().collect(Collectors.toMap(ContractIndicator::getMeasure,
                ContractIndicator::getTarget, BigDecimal::add, () -> new EnumMap<>(Measure.class)));
    }

    private Map<Measure, BigDecimal> cumulative(long contractId, int upToPeriod) {
        Map<Measure, BigDecimal> sum = new HashMap<>();
        reports.findByContractIdOrderByPeriodNo(contractId).stream().filter(r -> r.getPeriodNo() <= upToPeriod)
                .forEach(r -> r.getDelivered().forEach((m, q) -> sum.merge(m, q, BigDecimal::add)));
        return sum;
    }

    private static void requireInForce(Contract c) {
        if (c.getStatus() != Contract.Status.IN_FORCE) {
            throw PortalException.conflict(null, "error.contract.not-in-force", c.getStatus());
        }
    }
}
