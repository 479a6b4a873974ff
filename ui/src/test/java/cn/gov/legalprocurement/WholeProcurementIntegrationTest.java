package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractPublicationService;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.search.ContractSearchService;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
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
    org.springframework.context.ApplicationContext context;
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
        ProcurementWalk walk = new ProcurementWalk(context);
        ProcurementWalk.Purchase purchase = walk.apply();
        ProcurementProject p = purchase.project();
        ProcurementWalk.Award award = walk.tenderToAward(purchase);
        Contract contract = walk.contract(purchase, award);
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
        walk.performanceToPayment(purchase, award);
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
        assertThat(budget.line(purchase.budgetLineId()).getPaid()).isEqualByComparingTo(award.winner().getPrice());
        // every stage left its document, archived as PDF/A with a fingerprint that still verifies
        assertThat(archive.of(ProcurementProject.class, p.getId())).extracting(StoredDocument::getKind)
                .contains("PROCUREMENT_NOTICE", "AWARD_NOTICE");
        assertThat(archive.of(Contract.class, contract.getId())).extracting(StoredDocument::getKind)
                .contains("SIGNED_CONTRACT", "ACCEPTANCE_REPORT", "PAYMENT_CERTIFICATE");
        assertThat(archive.of(Contract.class, contract.getId())).allSatisfy(d -> assertThat(archive.verify(d.getId())).isTrue());
    }
}
