package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.acceptance.EvaluateAcceptanceHandler;
import cn.gov.legalprocurement.budget.BudgetLine;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractPart;
import cn.gov.legalprocurement.contract.ContractPublicationService;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.contract.PrepareContractHandler;
import cn.gov.legalprocurement.contract.Signature;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.evaluation.NegotiateRoundHandler;
import cn.gov.legalprocurement.evaluation.ScoreBidsHandler;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.payment.ApprovePaymentHandler;
import cn.gov.legalprocurement.payment.ReleasePaymentHandler;
import cn.gov.legalprocurement.performance.ReportPerformanceHandler;
import cn.gov.legalprocurement.project.ApplicationDecision;
import cn.gov.legalprocurement.project.ApproveApplicationHandler;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.intention.PurchaseIntentionService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.search.ContractSearchService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidEnvelope;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.tender.TenderDocumentsService;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The whole application as it starts from the README (H2 file database, demo data, job executor
 * on, security), and one procurement carried from application to payment through the services;
 * the engine's own job executor fires the deadlines once the clock passes them.
 */
class WholeProcurementIntegrationTest extends RunningPortal {

    @LocalServerPort
    int port;
    @Autowired
    PurchaseIntentionService intentions;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    TestRestTemplate http;
    @Autowired
    UserDirectory users;
    @Autowired
    cn.gov.legalprocurement.setup.SetupService setup;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProviderService providers;
    @Autowired
    ProjectService projects;
    @Autowired
    BudgetService budget;
    @Autowired
    TenderDocumentsService tenderDocuments;
    @Autowired
    BidService bidding;
    @Autowired
    ContractService contracts;
    @Autowired
    ContractPublicationService contractPublication;
    @Autowired
    PublicationService publication;
    @Autowired
    HistoryService history;
    @Autowired
    cn.gov.legalprocurement.search.SearchOutbox outbox;
    @Autowired
    cn.gov.legalprocurement.search.ElasticsearchContractIndex index;
    @Autowired
    ContractSearchService search;
    @Autowired
    cn.gov.legalprocurement.search.EmbeddedElasticsearch elasticsearch;
    @Autowired
    cn.gov.legalprocurement.search.SearchReindexer reindexer;
    @Autowired
    cn.gov.legalprocurement.contract.ContractRepository contractRepository;
    @Autowired
    cn.gov.legalprocurement.documents.DocumentArchive archive;

    @Test
    void demoDataGivesEveryRoleSomethingToSee() {
        assertThat(catalogue.classes()).hasSize(4);
        assertThat(catalogue.published()).hasSize(20).anySatisfy(i -> {
            assertThat(i.getName()).isEqualTo("法律援助工作站值班");
            assertThat(i.getUnitPrice()).isEqualByComparingTo("300");
        });
        assertThat(providers.providers()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(projects.visibleTo(users.actor("supervisor"))).extracting(ProcurementProject::getStage)
                .contains(ProjectStage.APPLICATION, ProjectStage.BUDGET, ProjectStage.TENDERING, ProjectStage.PERFORMANCE);
        assertThat(tasks.myTasks(users.actor("head-danghu"))).isNotEmpty();
        assertThat(tasks.myTasks(users.actor("finance"))).isNotEmpty();
        assertThat(publication.latest()).extracting(Announcement::getKind)
                .contains(Announcement.Kind.PROCUREMENT_NOTICE, Announcement.Kind.AWARD_NOTICE, Announcement.Kind.CONTRACT);
        for (String user : List.of("admin", "purchaser", "head", "finance", "justice", "provider1", "expert1", "supervisor")) {
            assertThat(users.actor(user).roles()).as(user).isNotEmpty();
        }
    }

    @Test
    void vaadinOwnsTheRootAndCamundaIsBehindLogin() throws Exception {
        assertThat(http.getForEntity("/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/engine-rest/process-definition/count", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("purchaser", "Demo-2026!").getForEntity("/engine-rest/process-definition/count",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var admin = http.withBasicAuth("admin", "Demo-2026!").getForEntity("/engine-rest/process-definition/count", String.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        // one definition per model file (a fresh database holds one version of each)
        int models = new org.springframework.core.io.support.PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn").length;
        assertThat(models).isGreaterThanOrEqualTo(12);
        assertThat(admin.getBody()).contains("\"count\":" + models);
        HttpResponse<Void> cockpit = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/cockpit/")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void repeatedWrongPasswordsAreHeldBack() {
        // an account of its own, so that no other test's logins from this address are held back
        setup.user("throttle-probe", "Probe-2026!", "限流测试", users.actor("justice").organisationId(), Role.JUSTICE);
        var rest = "/engine-rest/process-definition/count";
        // it may log in but not use the engine's API: 403 while the password is right
        assertThat(http.withBasicAuth("throttle-probe", "Probe-2026!").getForEntity(rest, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        for (int i = 0; i < 5; i++) {
            assertThat(http.withBasicAuth("throttle-probe", "wrong-" + i).getForEntity(rest, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        // now even the right password is refused from this address, for a while
        assertThat(http.withBasicAuth("throttle-probe", "Probe-2026!").getForEntity(rest, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void wholeProcurementThroughTheServicesWithTheJobExecutor() {
        CatalogueItem adviser = catalogue.published().stream().filter(i -> i.getCode().equals("PH-02-001")).findFirst().orElseThrow();
        Actor purchaser = users.actor("purchaser-office");
        LocalDate start = PortalClock.dayOf(Instant.now()).plusDays(60);
        LocalDate end = start.plusMonths(1).minusDays(1);
        BudgetLine line = budget.lines(purchaser).stream().filter(l -> l.getFiscalYear() == start.getYear()).findFirst().orElseThrow();
        // the office published its purchase intention for the service a month ago (财库〔2020〕10号)
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.now().minus(Duration.ofDays(31))));
        try {
            intentions.publish(purchaser, new PurchaseIntentionService.Draft(adviser.getId(), "市政府常年法律顾问",
                    "为市政府各部门提供常年法律顾问服务", new BigDecimal("60000"), java.time.YearMonth.from(start)));
        } finally {
            ClockUtil.reset();
        }
        ProcurementProject p = projects.apply(purchaser, new ProjectService.Application("市政府常年法律顾问（试运行一个月）",
                List.of(new ProjectService.Line(adviser.getId(), new BigDecimal("30"))), "市政府各部门", start, end,
                line.getId(), false, false, false, false, null));

        complete("head-office", p, ProcessModel.ProjectApplication.TASK_APPROVE,
                new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, "同意"));
        p = projects.project(p.getId());
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
        complete("purchaser-office", p, ProcessModel.Tendering.TASK_PREPARE_DOCUMENTS, new PrepareTenderDocumentsHandler.Form(20,
                "顾问团队、服务方案", null, tenderDocuments.proposedBidDeadline(p.getId())
                        .atZone(PortalClock.ZONE).toLocalDateTime(), null, false, "投标人含大型律师事务所，预留份额无法确保充分竞争"));
        p = projects.project(p.getId());
        Map<String, String> keys = new LinkedHashMap<>();
        for (String provider : List.of("provider1", "provider3", "provider5")) {
            byte[] key = BidEnvelope.newKey();
            bidding.submitBid(users.actor(provider), p.getId(), BidEnvelope.seal(new BidEnvelope.Plain("23000",
                    "三名律师轮值，每月驻点不少于 8 小时", List.of()), key));
            keys.put(provider, BidEnvelope.keyText(key));
        }

        // the deadline passes: each bidder decrypts their own bid within the window
        ProcurementProject tendering = p;
        moveClockTo(p.getBidDeadline().plusSeconds(5));
        keys.forEach((provider, key) -> bidding.decryptBid(users.actor(provider), tendering.getId(), key));
        // ... and the job executor opens them when the window closes
        moveClockTo(projects.project(p.getId()).getDecryptionWindowEnds().plusSeconds(5));
        await("bids opened and the consultation panel drawn", () -> negotiationRound(tendering).isPresent());
        assertThat(bidding.currentRound(p.getId()).stream().filter(Bid::isQualified)).hasSize(3);
        // the panel's chair records the round and asks for final quotations, which each supplier seals and decrypts
        WorkTask round = negotiationRound(p).orElseThrow();
        Instant finalDeadline = deadlines.firstWorkingDayAt(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1)),
                LocalTime.of(10, 0));
        tasks.complete(users.actor(round.assignee()), round.id(), new NegotiateRoundHandler.Form("逐一磋商顾问团队与报价", null,
                Map.of(), true, finalDeadline.atZone(PortalClock.ZONE).toLocalDateTime()));
        keys.clear();
        for (String provider : List.of("provider1", "provider3", "provider5")) {
            byte[] key = BidEnvelope.newKey();
            bidding.submitBid(users.actor(provider), p.getId(), BidEnvelope.seal(new BidEnvelope.Plain("22500",
                    "三名律师轮值，每月驻点不少于 10 小时", List.of()), key));
            keys.put(provider, BidEnvelope.keyText(key));
        }
        moveClockTo(finalDeadline.plusSeconds(5));
        keys.forEach((provider, key) -> bidding.decryptBid(users.actor(provider), tendering.getId(), key));
        moveClockTo(projects.project(p.getId()).getDecryptionWindowEnds().plusSeconds(5));
        await("final quotations opened", () -> !scoringTasks(tendering).isEmpty());
        List<Bid> qualified = bidding.currentRound(p.getId()).stream().filter(Bid::isQualified).toList();
        assertThat(qualified).hasSize(3).allSatisfy(b -> assertThat(b.getPrice()).isEqualByComparingTo("22500"));
        for (WorkTask scoring : scoringTasks(p)) {
            Map<Long, BigDecimal> scores = new LinkedHashMap<>();
            qualified.forEach(b -> scores.put(b.getId(), BigDecimal.valueOf(60 + b.getId() % 7)));
            tasks.complete(users.actor(scoring.assignee()), scoring.id(), new ScoreBidsHandler.Form(true, scores, "同意"));
        }
        Bid first = bidding.currentRound(p.getId()).stream().filter(b -> Integer.valueOf(1).equals(b.getRankNo())).findFirst().orElseThrow();
        complete("head-office", p, ProcessModel.Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(first.getId(), null));
        complete("purchaser-office", p, ProcessModel.Tendering.TASK_PUBLISH_AWARD, new cn.gov.legalprocurement.tender.PublishAwardHandler.Form(true));

        moveClockTo(projects.project(p.getId()).getChallengeWindowEnds().plusSeconds(5));
        await("challenge window closed", () -> projects.project(tendering.getId()).getStage() == ProjectStage.CONTRACT);
        complete("purchaser-office", p, ProcessModel.ContractSigning.TASK_PREPARE, new PrepareContractHandler.Form(Map.of(
                    ContractPart.SERVICE_RECIPIENTS, "市政府各部门",
                    ContractPart.SERVICE_CONTENT, "常年法律顾问",
                    ContractPart.SERVICE_TERM, start + " 至 " + end,
                    ContractPart.QUANTITY_AND_QUALITY, "每月驻点 8 小时、咨询 10 次",
                    ContractPart.RIGHTS_AND_OBLIGATIONS, "按法律顾问合同示范文本",
                    ContractPart.PRICE_AND_SETTLEMENT, "验收后一次性支付",
                    ContractPart.PERFORMANCE_TARGETS, "驻点 240 小时、咨询 300 次",
                    ContractPart.LIABILITY_FOR_BREACH, "未完成部分按比例扣减，最高 20%"),
                    BigDecimal.ZERO, 20, 30, List.of(new PrepareContractHandler.InstalmentLine(100, "验收合格后支付"))));
        String provider = List.of("provider1", "provider3", "provider5").stream()
                .filter(u -> users.actor(u).organisationId() == first.getProviderId()).findFirst().orElseThrow();
        complete(provider, p, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER, new Signature(true));
        complete("purchaser-office", p, ProcessModel.ContractSignatures.TASK_SIGN_PURCHASER, new Signature(true));
        complete("purchaser-office", p, ProcessModel.ContractPublication.TASK_PUBLISH,
                new cn.gov.legalprocurement.contract.PublishContractHandler.Form(true));
        Contract contract = contracts.ofProject(p.getId());
        assertThat(contract.getStatus()).isEqualTo(Contract.Status.IN_FORCE);
        // the signed contract is archived as PDF/A; its SHA-256 is the contract's fingerprint
        var pdf = contractPublication.signedPdf(contract.getId()).orElseThrow();
        assertThat(pdf.getSha256()).isEqualTo(contract.getDocumentSha256());
        assertThat(pdf.getFileName()).isEqualTo(contract.getCode() + ".pdf");
        assertThat(new String(pdf.getContent(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(contractPublication.verify(contract.getId())).isTrue();
        // the outbox ships the contract to Elasticsearch; a supervisor finds it by a Chinese phrase
        await("contract indexed", () -> outbox.pending() == 0);
        index.refresh();
        assertThat(search.search(users.actor("supervisor"), ContractSearchService.Query.text("常年法律顾问")).rows())
                .extracting(ContractSearchService.Row::code).contains(contract.getCode());

        // Elasticsearch goes down: the procurement carries on, the outbox keeps the changes
        elasticsearch.stop();

        moveClockTo(PortalClock.startOfDay(end.plusDays(1)).plusSeconds(5));
        await("period ended", () -> findTask(provider, tendering, ProcessModel.PerformanceMonitoring.TASK_REPORT).isPresent());
        complete(provider, p, ProcessModel.PerformanceMonitoring.TASK_REPORT, new ReportPerformanceHandler.Form(
                Map.of(Measure.SERVICE_HOURS, new BigDecimal("240")), "按月驻点"));
        complete("purchaser-office", p, ProcessModel.AcceptanceEvaluation.TASK_EVALUATE, new EvaluateAcceptanceHandler.Form(
                new BigDecimal("28"), new BigDecimal("46"), new BigDecimal("18"), "各部门联络员代表", null, "服务到位"));
        complete("head-office", p, ProcessModel.Payment.TASK_APPROVE, new ApprovePaymentHandler.Form(true, null));
        complete("finance", p, ProcessModel.Payment.TASK_RELEASE, new ReleasePaymentHandler.Form("ZF-IT-0001"));

        assertThat(projects.project(p.getId()).getStage()).isEqualTo(ProjectStage.CLOSED);
        assertThat(outbox.pending()).isPositive();

        // ... and when it is back, the index catches up with everything that happened meanwhile
        elasticsearch.start();
        await("outbox drained after Elasticsearch returned", () -> outbox.pending() == 0);
        index.refresh();
        var closed = new ContractSearchService.Query(null, null, null, null, null, null, null, "CLOSED", null,
                ContractSearchService.Sort.RELEVANCE, 0, 50);
        assertThat(search.search(users.actor("supervisor"), closed).rows()).extracting(ContractSearchService.Row::code)
                .contains(contract.getCode());

        // a rebuild from the database loses nothing and keeps serving through the alias
        long contractsInDatabase = contractRepository.count();
        assertThat(reindexer.reindex()).isEqualTo((int) contractsInDatabase);
        assertThat(search.search(users.actor("supervisor"), ContractSearchService.Query.text(null)).total())
                .isEqualTo(contractsInDatabase);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(p.getCode())
                .processDefinitionKey(ProcessModel.Procurement.ID).singleResult().getEndActivityId())
                .isEqualTo(ProcessModel.Procurement.END_CLOSED);
        assertThat(budget.line(line.getId()).getPaid()).isEqualByComparingTo(first.getPrice());
        // every stage left its document, archived as PDF/A with a fingerprint that still verifies
        assertThat(archive.of(ProcurementProject.class, p.getId())).extracting(StoredDocument::getKind)
                .contains("PROCUREMENT_NOTICE", "AWARD_NOTICE");
        assertThat(archive.of(Contract.class, contract.getId())).extracting(StoredDocument::getKind)
                .contains("SIGNED_CONTRACT", "ACCEPTANCE_REPORT", "PAYMENT_CERTIFICATE");
        assertThat(archive.of(Contract.class, contract.getId())).allSatisfy(d -> assertThat(archive.verify(d.getId())).isTrue());
    }

    private Optional<WorkTask> findTask(String username, ProcurementProject p, String taskKey) {
        return tasks.findTask(users.actor(username), p.getCode(), taskKey);
    }

    private void complete(String username, ProcurementProject p, String taskKey, Object form) {
        WorkTask task = findTask(username, p, taskKey).orElseThrow(() -> new AssertionError(username + " has no " + taskKey
                + "; open: " + tasks.openTasksOfProject(p.getCode()).stream().map(WorkTask::taskKey).toList()));
        tasks.complete(users.actor(username), task.id(), form);
    }
}
