package cn.gov.legalprocurement.acceptance;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractChanged;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.documents.TemplateText;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.performance.PerformanceService;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acceptance evaluation (IR 45): the three indicator groups — process compliance, service results,
 * social evaluation, each out of its {@code acceptance-max-*} rule (30 / 50 / 20 by default) — scored with the service recipients'
 * representatives; below the pass score the provider rectifies and the service is evaluated again;
 * the result is published.
 */
@Service
public class AcceptanceService {

    /** The maximum score of each indicator group, from the contract's jurisdiction's rules. */
    public record Maxima(int process, int results, int social) {
        public int total() {
            return process + results + social;
        }
    }

    /** The result of one acceptance round: passed when the total reaches the jurisdiction's pass score. */
    public record Outcome(long acceptanceId, boolean passed, BigDecimal total) {
    }

    public record Scores(BigDecimal process, BigDecimal results, BigDecimal social, String recipientRepresentatives,
                         String thirdParty, String opinion) {
    }

    private final AcceptanceEvaluationRepository evaluations;
    private final ContractService contracts;
    private final ProjectService projects;
    private final PublicationService publication;
    private final RulesService rules;
    private final PerformanceService performance;
    private final DocumentArchive documents;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final PortalClock clock;
    private final ApplicationEventPublisher events;

    AcceptanceService(AcceptanceEvaluationRepository evaluations, ContractService contracts, ProjectService projects,
                      PublicationService publication, RulesService rules, PerformanceService performance,
                      DocumentArchive documents, OrganisationRepository organisations, AuditLog audit, PortalClock clock,
                      ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.contracts = contracts;
        this.projects = projects;
        this.publication = publication;
        this.rules = rules;
        this.performance = performance;
        this.documents = documents;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    Outcome evaluate(Actor actor, long contractId, Scores s) {
        actor.require(Role.PURCHASER);
        Contract c = contracts.contract(contractId);
        actor.requireOrganisation(c.getPurchaserId());
        RuleBook book = rules.forJurisdiction(projects.project(c.getProjectId()).getJurisdictionCode());
        Maxima max = maxima(book);
        check("processScore", s.process(), BigDecimal.valueOf(max.process()));
        check("resultsScore", s.results(), BigDecimal.valueOf(max.results()));
        check("socialScore", s.social(), BigDecimal.valueOf(max.social()));
        if (s.recipientRepresentatives() == null || s.recipientRepresentatives().isBlank()) {
            throw PortalException.invalid("recipientRepresentatives", "error.acceptance.recipients");
        }
        if (s.opinion() == null || s.opinion().isBlank()) {
            throw PortalException.invalid("opinion", "error.required");
        }
        int round = evaluations.findFirstByContractIdOrderByRoundNoDesc(contractId).map(e -> e.getRoundNo() + 1).orElse(1);
        BigDecimal total = s.process().add(s.results()).add(s.social());
        int passScore = book.count(Rule.ACCEPTANCE_PASS_SCORE);
        boolean passed = total.compareTo(BigDecimal.valueOf(passScore)) >= 0;
        AcceptanceEvaluation e = evaluations.save(new AcceptanceEvaluation(contractId, round, s.process(), s.results(),
                s.social(), passed, s.recipientRepresentatives().strip(), blankToNull(s.thirdParty()), s.opinion().strip(),
                actor.username(), clock.now()));
        audit.record(actor, "acceptance.evaluate", Contract.class, contractId, null, Map.of("round", round,
                "total", total, "passed", passed));
        events.publishEvent(new ContractChanged(contractId, "acceptance evaluated"));
        return new Outcome(e.getId(), passed, total);
    }

    void rectify(Actor actor, long contractId, String report) {
        actor.require(Role.PROVIDER);
        Contract c = contracts.contract(contractId);
        actor.requireOrganisation(c.getProviderId());
        AcceptanceEvaluation failed = evaluations.findFirstByContractIdOrderByRoundNoDesc(contractId)
                .filter(e -> !e.isPassed()).orElseThrow(() -> PortalException.conflict(null, "error.acceptance.nothing-to-rectify"));
        failed.rectified(report.strip());
        audit.record(actor, "acceptance.rectify", Contract.class, contractId, null, Map.of("round", failed.getRoundNo(),
                "report", report));
    }

    @Transactional
    public void publish(long contractId) {
        Contract c = contracts.contract(contractId);
        AcceptanceEvaluation e = evaluations.findFirstByContractIdOrderByRoundNoDesc(contractId)
                .filter(AcceptanceEvaluation::isPassed).orElseThrow(() -> new IllegalStateException(
                        "Contract " + c.getCode() + " has no passed acceptance to publish"));
        e.published(clock.now());
        c.moveTo(Contract.Status.ACCEPTED);
        Map<Measure, BigDecimal> delivered = performance.delivered(contractId);
        List<String[]> rows = contracts.indicators(contractId).stream().map(i -> new String[]{i.getName(),
                i.getTarget().stripTrailingZeros().toPlainString(),
                delivered.getOrDefault(i.getMeasure(), BigDecimal.ZERO).stripTrailingZeros().toPlainString()}).toList();
        Maxima max = maxima(contractId);
        Map<String, String> values = DocumentModels.acceptanceReport(new DocumentModels.AcceptanceData(c.getCode(),
                c.getTitle(), parties(c), e.getRoundNo(), PortalClock.dayOf(clock.now()).toString(), rows,
                e.getProcessScore(), e.getResultsScore(), e.getSocialScore(), e.isPassed(), e.getOpinion(),
                e.getRecipientRepresentatives(), e.getThirdParty(), max.process(), max.results(), max.social()));
        Optional<StoredDocument> report = documents.render(Contract.class, contractId, "ACCEPTANCE_REPORT",
                c.getCode() + "-acceptance-" + e.getRoundNo() + ".pdf", DocumentTemplate.ACCEPTANCE_REPORT, values);
        publication.publish(c.getProjectId(), Announcement.Kind.ACCEPTANCE_RESULT, c.getTitle() + " 验收结果公告",
                TemplateText.plain(DocumentTemplate.ACCEPTANCE_REPORT, values), null, report);
        events.publishEvent(new ContractChanged(contractId, "accepted"));
    }

    /** {@code acceptance-max-*}: what each indicator group is scored out of. */
    @Transactional(readOnly = true)
    public Maxima maxima(long contractId) {
        return maxima(rules.forJurisdiction(projects.project(contracts.contract(contractId).getProjectId()).getJurisdictionCode()));
    }

    private static Maxima maxima(RuleBook book) {
        return new Maxima(book.count(Rule.ACCEPTANCE_MAX_PROCESS_COMPLIANCE), book.count(Rule.ACCEPTANCE_MAX_SERVICE_RESULTS),
                book.count(Rule.ACCEPTANCE_MAX_SOCIAL_EVALUATION));
    }

    @Transactional(readOnly = true)
    public List<AcceptanceEvaluation> evaluations(long contractId) {
        return evaluations.findByContractIdOrderByRoundNo(contractId);
    }

    @Transactional(readOnly = true)
    public BigDecimal passedScore(long contractId) {
        return evaluations.findFirstByContractIdOrderByRoundNoDesc(contractId).filter(AcceptanceEvaluation::isPassed)
                .map(AcceptanceEvaluation::getTotalScore).orElse(null);
    }

    private DocumentModels.Parties parties(Contract c) {
        return new DocumentModels.Parties(organisations.nameOf(c.getPurchaserId()), organisations.nameOf(c.getProviderId()),
                null, null);
    }

    private static void check(String field, BigDecimal score, BigDecimal max) {
        if (score == null) {
            throw PortalException.invalid(field, "error.required");
        }
        if (score.signum() < 0 || score.compareTo(max) > 0 || score.scale() > 2) {
            throw PortalException.invalid(field, "error.acceptance.score-range", max);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
