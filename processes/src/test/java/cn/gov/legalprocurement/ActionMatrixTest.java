package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.calendar.DayKind;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.evaluation.EvaluationService;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.performance.PerformanceService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.SealedBid;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Every action a service offers outside a task, tried as every role: exactly the allowed roles pass
 * the service's own check, every other role is refused and nothing is written. Task completion is
 * decided by the task's candidate groups ({@code AccessControlTest}); supervisors hold none of them.
 */
class ActionMatrixTest extends ProcessTestSupport {

    private enum Kind { READ, CHANGE }

    @FunctionalInterface
    private interface Call {
        void run(Actor actor) throws Exception;
    }

    private record Action(Kind kind, Set<Role> allowed, Call call) {
    }

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> NONE = EnumSet.noneOf(Role.class);

    /** Public methods taking an actor that are not actions of their own, and why. */
    private static final Map<String, String> NOT_ACTIONS = Map.of(
            "AuditLog.record", "records the actor of an action already checked",
            "DocumentArchive.uploadPdf", "a port: called by the services that checked the caller (bids, registration, performance)",
            "SetupService.verifiedProvider", "bootstrap for demo data and tests, composed of ProviderService's checked actions",
            "SetupService.publishedItem", "bootstrap for demo data and tests, composed of CatalogueService's checked actions",
            "WorkTaskService.*", "task-scoped: assignee or candidate group of the task (AccessControlTest)");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    ProviderService providers;
    @Autowired
    PerformanceService performance;
    @Autowired
    BudgetService budget;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    cn.gov.legalprocurement.evaluation.NegotiationService negotiation;
    @Autowired
    cn.gov.legalprocurement.tender.ClarificationService clarifications;
    @Autowired
    RulesService rules;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    cn.gov.legalprocurement.inquiry.InquiryService inquiries;
    @Autowired
    cn.gov.legalprocurement.training.TrainingClock training;
    @Autowired
    cn.gov.legalprocurement.framework.CallOffService callOffs;
    @Autowired
    cn.gov.legalprocurement.challenge.ComplaintService complaints;
    @Autowired
    cn.gov.legalprocurement.contract.SupplementaryContractService supplements;
    @Autowired
    cn.gov.legalprocurement.tender.BidBondService bidBonds;
    @Autowired
    cn.gov.legalprocurement.contract.ContractFilingService contractFiling;
    @Autowired
    cn.gov.legalprocurement.intention.PurchaseIntentionService intentions;
    @Autowired
    cn.gov.legalprocurement.evaluation.RepresentativeService representatives;
    @Autowired
    cn.gov.legalprocurement.framework.FrameworkAgreementService frameworkAgreements;

    private Map<String, Action> matrix(ProcurementProject p) {
        long item = fixtures.villageAdviser.getId();
        // allowed callers are stopped after the role check by a missing object or a blank field, so the
        // matrix changes nothing the other tests rely on
        long provider = 0;
        CatalogueService.Proposal proposal = new CatalogueService.Proposal("MATRIX-1", " ", "A", "说明",
                null, null, null, 2027, List.of());
        Map<String, Action> m = new LinkedHashMap<>();
        m.put("ChallengeService.file", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER), a -> challenges.file(a, p.getId(), "质疑")));
        m.put("ChallengeService.fileAgainstDocuments", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER),
                a -> challenges.fileAgainstDocuments(a, p.getId(), " ")));
        m.put("ChallengeService.fileAgainstProcess", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER),
                a -> challenges.fileAgainstProcess(a, p.getId(), " ")));
        m.put("ChallengeService.mine", new Action(Kind.READ, EnumSet.of(Role.PROVIDER), challenges::mine));
        m.put("ComplaintService.file", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER), a -> complaints.file(a, 0, " ")));
        m.put("ComplaintService.suspend", new Action(Kind.CHANGE, EnumSet.of(Role.FINANCE), a -> complaints.suspend(a, 0, 1)));
        m.put("SupplementaryContractService.propose", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER),
                a -> supplements.propose(a, 0, BigDecimal.ONE, " ", " ")));
        m.put("SupplementaryContractService.sign", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER), a -> supplements.sign(a, 0)));
        m.put("ComplaintService.mine", new Action(Kind.READ, EnumSet.of(Role.PROVIDER), complaints::mine));
        m.put("EvaluationService.bidsToScore", new Action(Kind.READ, EnumSet.of(Role.EXPERT), a -> evaluation.bidsToScore(a, p.getId())));
        m.put("RepresentativeService.candidates", new Action(Kind.READ, EnumSet.of(Role.PURCHASER),
                a -> representatives.candidates(a, p.getId())));
        m.put("RepresentativeService.name", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER),
                a -> representatives.name(a, p.getId(), "nobody")));
        m.put("ClarificationService.clarify", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER),
                a -> clarifications.clarify(a, p.getId(), " ", true)));
        m.put("NegotiationService.responsesInNegotiation", new Action(Kind.READ, EnumSet.of(Role.EXPERT),
                a -> negotiation.responsesInNegotiation(a, p.getId())));
        m.put("NegotiationService.rounds", new Action(Kind.READ, EnumSet.of(Role.EXPERT), a -> negotiation.rounds(a, p.getId())));
        m.put("NegotiationService.changesFor", new Action(Kind.READ, EnumSet.of(Role.PROVIDER), a -> negotiation.changesFor(a, p.getId())));
        m.put("ContractService.visibleTo", new Action(Kind.READ, EnumSet.complementOf(EnumSet.of(Role.EXPERT)), contracts::visibleTo));
        m.put("ProviderService.addPractitioner", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER),
                a -> providers.addPractitioner(a, provider, "张三", "13304201010000001", "法律援助", 3)));
        m.put("ProviderService.verify", new Action(Kind.CHANGE, EnumSet.of(Role.JUSTICE), a -> providers.verify(a, provider, true, "")));
        m.put("ProviderService.exclude", new Action(Kind.CHANGE, EnumSet.of(Role.FINANCE),
                a -> providers.exclude(a, provider, LocalDate.of(2027, 1, 1), "")));
        m.put("PerformanceService.spotCheck", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER), a -> performance.spotCheck(a, 0, "抽查", true)));
        m.put("PerformanceService.attach", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER),
                a -> performance.attach(a, 0, "a.pdf", new byte[] {1})));
        m.put("BudgetService.lines", new Action(Kind.READ,
                EnumSet.of(Role.PURCHASER, Role.PURCHASER_HEAD, Role.FINANCE, Role.SUPERVISOR, Role.ADMIN), budget::lines));
        m.put("BidService.submitBid", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER),
                a -> bidding.submitBid(a, p.getId(), new SealedBid(SealedBid.VERSION, "", "", "", List.of()))));
        m.put("BidService.withdrawBid", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER), a -> bidding.withdrawBid(a, 0)));
        m.put("BidService.decryptBid", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER), a -> bidding.decryptBid(a, p.getId(), "LPK1-x")));
        m.put("BidService.myBids", new Action(Kind.READ, EnumSet.of(Role.PROVIDER), bidding::myBids));
        m.put("BidService.openedBids", new Action(Kind.READ,
                EnumSet.of(Role.PURCHASER, Role.PURCHASER_HEAD, Role.SUPERVISOR), a -> bidding.openedBids(a, p.getId())));
        m.put("ProjectService.apply", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER), a -> projects.apply(a,
                new cn.gov.legalprocurement.project.ProjectService.Application("", List.of(), "", null, null, null,
                        false, false, false, false, null))));
        Set<Role> readers = EnumSet.of(Role.PURCHASER, Role.PURCHASER_HEAD, Role.FINANCE, Role.JUSTICE, Role.SUPERVISOR, Role.ADMIN);
        m.put("BidService.mayTakePart", new Action(Kind.READ, EnumSet.of(Role.PROVIDER), a -> bidding.mayTakePart(a, p.getId())));
        m.put("BidService.mayBid", new Action(Kind.READ, EnumSet.of(Role.PROVIDER), a -> bidding.mayBid(a, p.getId())));
        m.put("BidService.openTo", new Action(Kind.READ, EnumSet.of(Role.PROVIDER), bidding::openTo));
        m.put("InquiryService.ask", new Action(Kind.CHANGE, EnumSet.of(Role.PROVIDER), a -> inquiries.ask(a, p.getId(), " ")));
        m.put("InquiryService.question", new Action(Kind.READ, EnumSet.of(Role.PURCHASER, Role.PURCHASER_HEAD),
                a -> inquiries.question(a, 0)));
        m.put("InquiryService.mine", new Action(Kind.READ, EnumSet.of(Role.PROVIDER), inquiries::mine));
        m.put("ProjectService.addOnMaxPercent", new Action(Kind.READ, EnumSet.of(Role.PURCHASER), projects::addOnMaxPercent));
        m.put("ProjectService.addOnCandidates", new Action(Kind.READ, EnumSet.of(Role.PURCHASER), projects::addOnCandidates));
        m.put("ProjectService.frameworkAgreementsInForce", new Action(Kind.READ, EnumSet.of(Role.PURCHASER),
                projects::frameworkAgreementsInForce));
        // not a call-off: the purchaser passes the role check and is told so
        m.put("CallOffService.choice", new Action(Kind.READ, EnumSet.of(Role.PURCHASER), a -> callOffs.choice(a, p.getId())));
        m.put("CallOffService.terminate", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER), a -> callOffs.terminate(a, p.getId(), "无")));
        m.put("CallOffService.openOffer", new Action(Kind.READ, EnumSet.of(Role.PURCHASER, Role.PURCHASER_HEAD, Role.PROVIDER),
                a -> callOffs.openOffer(a, p.getId())));
        m.put("ProjectService.readableBy", new Action(Kind.READ, readers, a -> projects.readableBy(a, p.getCode())));
        m.put("AwardService.publishAward", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER), a -> awards.publishAward(a, p.getId(), 0)));
        m.put("FrameworkAgreementService.publishShortlist", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER),
                a -> frameworkAgreements.publishShortlist(a, p.getId())));
        m.put("ContractPublicationService.publish", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER),
                a -> contractPublication.publish(a, 0)));
        m.put("PurchaseIntentionService.publish", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER),
                a -> intentions.publish(a, new cn.gov.legalprocurement.intention.PurchaseIntentionService.Draft(null, " ", " ", null, null))));
        m.put("PurchaseIntentionService.publishFor", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER),
                a -> intentions.publishFor(a, p.getId(), " ")));
        m.put("PurchaseIntentionService.ofUnit", new Action(Kind.READ, EnumSet.of(Role.PURCHASER, Role.PURCHASER_HEAD), intentions::ofUnit));
        m.put("ContractFilingService.file", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER), a -> contractFiling.file(a, 0, null)));
        m.put("BidBondService.ofProject", new Action(Kind.READ, readers, a -> bidBonds.ofProject(a, p.getId())));
        m.put("BidBondService.ofProvider", new Action(Kind.READ, EnumSet.of(Role.PROVIDER), bidBonds::ofProvider));
        m.put("BidBondService.refund", new Action(Kind.CHANGE, EnumSet.of(Role.PURCHASER),
                a -> bidBonds.refund(a, p.getId(), Set.of(), java.time.LocalDate.of(2026, 12, 1), "HK")));
        m.put("ProjectService.visibleTo", new Action(Kind.READ, readers, projects::visibleTo));
        m.put("RulesService.override", new Action(Kind.CHANGE, EnumSet.of(Role.ADMIN),
                a -> rules.override(a, Fixtures.JURISDICTION, Rule.OPEN_TENDER_THRESHOLD, "abc")));
        Set<Role> proposers = EnumSet.of(Role.PURCHASER, Role.JUSTICE, Role.FINANCE);
        m.put("CatalogueService.propose", new Action(Kind.CHANGE, proposers, a -> catalogue.propose(a, proposal)));
        m.put("CatalogueService.proposeAmendment", new Action(Kind.CHANGE, proposers, a -> catalogue.proposeAmendment(a, item, proposal)));
        m.put("CatalogueService.proposeRetirement", new Action(Kind.CHANGE, proposers, a -> catalogue.proposeRetirement(a, item, "")));
        // only the item's proposer, whatever their role: none of the matrix's callers proposed it
        m.put("CatalogueService.revise", new Action(Kind.CHANGE, NONE,
                a -> catalogue.revise(a, item, new CatalogueService.Revision(" ", null, null, null, null))));
        m.put("DeadlineService.setDay", new Action(Kind.CHANGE, EnumSet.of(Role.ADMIN),
                a -> deadlines.setDay(a, LocalDate.of(2027, 1, 4), DayKind.HOLIDAY, " ")));
        m.put("DeadlineService.coverYear", new Action(Kind.CHANGE, EnumSet.of(Role.ADMIN), a -> deadlines.coverYear(a, 2090, " ")));
        // the test context is not a training instance: the administrator passes the role check and is told so
        m.put("TrainingClock.advance", new Action(Kind.CHANGE, EnumSet.of(Role.ADMIN), a -> training.advance(a, java.time.Duration.ofDays(1))));
        m.put("TrainingClock.advanceTo", new Action(Kind.CHANGE, EnumSet.of(Role.ADMIN), a -> training.advanceTo(a, null)));
        return m;
    }

    @Test
    void everyActionPassesExactlyItsRolesAndARefusalWritesNothing() {
        Fixtures.Unit unit = fixtures.newUnit("1000000");
        ProcurementProject p = publishTender(unit, approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "30")), 30);
        StringBuilder wrong = new StringBuilder();
        matrix(p).forEach((name, action) -> {
            for (Role role : ALL) {
                // an expert account is an expert of the pool (one who sits on no committee of this project)
                String username = role == Role.EXPERT ? fixtures.experts.get(0).getUsername() : "matrix-" + role.name().toLowerCase();
                Actor actor = new Actor(username, unit.id(), Set.of(role));
                String outcome = outcome(action, actor);
                boolean passed = !outcome.equals("error.role") && !outcome.equals("error.catalogue.not-proposer");
                if (passed != action.allowed().contains(role)) {
                    wrong.append(name).append(" as ").append(role).append(": ").append(outcome).append('\n');
                }
            }
        });
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
    }

    /** The call's result: "ok", or the refusal's code; a refusal must leave the audit trail as it was. */
    private String outcome(Action action, Actor actor) {
        long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        try {
            action.call().run(actor);
            return "ok";
        } catch (PortalException e) {
            if (e.kind() == PortalException.Kind.FORBIDDEN) {
                assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                        .as("audit events after a refusal of %s", actor.roles()).isEqualTo(before);
            }
            return e.code();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void supervisorsChangeNothingAndHoldNoTask() {
        Map<String, Action> matrix = matrix(null);
        assertThat(matrix.entrySet().stream().filter(e -> e.getValue().kind() == Kind.CHANGE
                && e.getValue().allowed().contains(Role.SUPERVISOR)).map(Map.Entry::getKey)).isEmpty();
        List<String> supervisorTasks = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .flatMap(d -> userTasks(d).stream())
                .filter(t -> groups(t).contains(Role.SUPERVISOR.name()))
                .map(UserTask::getId).toList();
        assertThat(supervisorTasks).isEmpty();
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .flatMap(d -> userTasks(d).stream()).count()).as("user tasks in the deployed models").isGreaterThan(10);
    }

    private List<UserTask> userTasks(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        return List.copyOf(model.getModelElementsByType(UserTask.class));
    }

    private static Set<String> groups(UserTask task) {
        String groups = task.getCamundaCandidateGroups();
        return groups == null ? Set.of() : Arrays.stream(groups.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    /** A new service method taking an actor must join the matrix (or say why it is not an action). */
    @Test
    void theMatrixListsEveryServiceMethodThatTakesAnActor() {
        Set<String> found = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("cn.gov.legalprocurement")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && Arrays.asList(method.getParameterTypes()).contains(Actor.class)) {
                    found.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        found.removeIf(name -> NOT_ACTIONS.containsKey(name) || NOT_ACTIONS.containsKey(name.substring(0, name.indexOf('.')) + ".*"));
        assertThat(found).containsExactlyInAnyOrderElementsOf(matrix(null).keySet());
    }
}
