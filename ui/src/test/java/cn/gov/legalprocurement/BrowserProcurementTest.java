package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole open-tender procurement walked through the portal in real Chromium (Debian's chromium and
 * chromedriver), as each user in turn: purchaser applies, head approves, finance reviews the budget,
 * the notice goes out, three providers bid, the deadline passes, experts score, the head confirms the
 * winner, both parties sign, the provider reports, the purchaser accepts, the head approves and finance
 * pays. The engine's clock is moved past each statutory period; the job executor does the rest.
 * Screenshots of the main screens go to {@code target/screenshots} (and to docs/ with -Dscreenshots.docs).
 */
class BrowserProcurementTest extends RunningPortal {

    private static final String PASSWORD = "Demo-2026!";
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;
    @Autowired
    UserDirectory users;
    @Autowired
    ProjectService projects;
    @Autowired
    ContractService contracts;
    @Autowired
    BidService bidding;
    @Autowired
    DocumentArchive archive;
    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient elasticsearch;
    @org.springframework.beans.factory.annotation.Value("${portal.data-dir}")
    String dataDir;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        // a view that re-renders replaces the element being read: look again instead of failing
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOpenTenderFromApplicationToPaymentThroughTheBrowser() throws Exception {
        LocalDate start = PortalClock.dayOf(Instant.now()).plusDays(60);
        LocalDate end = start.plusMonths(1).minusDays(1);

        // the purchaser starts a purchase from the catalogue: 7,000 duty days is above the open-tender threshold
        login("purchaser");
        open("purchases/new");
        type(byId("quantity-PH-01-001"), "7000");
        click(byId("purchase-next"));
        type(byId("field-title"), "法律援助工作站值班服务（浏览器测试）");
        type(byId("field-serviceRecipients"), "全县法律援助申请人");
        setProperty(byId("field-termStart"), start.toString());
        setProperty(byId("field-termEnd"), end.toString());
        comboFirst(byId("field-budgetLineId"), String.valueOf(start.getYear()));
        screenshot("purchase-wizard");
        click(byId("purchase-next"));
        click(byId("purchase-submit"));
        WebElement title = waitFor(byId("project-title"));
        String code = title.getText().split(" ")[0];
        ProcurementProject p = projects.byCode(code);
        assertThat(p.getStage()).isEqualTo(ProjectStage.APPLICATION);

        // the head sees it in the inbox with its statutory countdown and approves it
        login("head");
        open("tasks");
        assertThat(waitForText(byId("inbox-grid"), code)).contains("审批采购申请");
        screenshot("inbox");
        openTask("head", code, ProcessModel.ProjectApplication.TASK_APPROVE);
        radio("field-decision", "同意");
        screenshot("task-form");
        complete();

        // finance reviews the commitment (above the review threshold) against the budget line
        login("finance");
        openTask("finance", code, ProcessModel.BudgetCommitment.TASK_FINANCE_REVIEW);
        assertThat(text(By.tagName("body"))).contains("批复数", "可用");
        radio("field-approved", "同意");
        complete();
        p = projects.project(p.getId());
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.OPEN_TENDER);

        // the purchaser prepares the documents; the lawful earliest deadline is proposed
        login("purchaser");
        openTask("purchaser", code, ProcessModel.Tendering.TASK_PREPARE_DOCUMENTS);
        assertThat(text(byId("earliest-deadline"))).contains("依法最早");
        type(byId("field-technicalCriteria"), "值班律师资质、值班安排与应急预案");
        complete();
        p = projects.project(p.getId());
        assertThat(p.getNoticePublishedAt()).isNotNull();

        // three providers see the open tender with a live countdown and seal their bids in the browser:
        // a key only they hold is created there, they save it, and only ciphertext reaches the portal
        List<String> bidders = List.of("provider1", "provider2", "provider3");
        Map<String, String> keys = new LinkedHashMap<>();
        Path proposalPdf = proposalPdf();
        for (int i = 0; i < bidders.size(); i++) {
            login(bidders.get(i));
            open("tenders");
            waitForText(byId("tenders-grid"), code);
            open("tenders/" + code);
            waitFor(byId("bid-countdown"));
            type(byId("field-price"), String.valueOf(1_987_654 - i * 50_000));
            type(byId("field-technicalProposal"), "值班律师 " + (6 + i) + " 名，工作日全天值守，节假日轮值。密封方案QX" + i);
            if (i == 0) {
                waitFor(byId("field-attachments")).sendKeys(proposalPdf.toString());
            }
            click(byId("submit-bid"));
            keys.put(bidders.get(i), text(byId("bid-key")));
            assertThat(keys.get(bidders.get(i))).matches("LPK1-[A-Za-z0-9_-]{43}");
            assertThat(waitFor(byId("bid-key-download")).getAttribute("href")).startsWith("blob:");
            if (i == 0) {
                ((JavascriptExecutor) browser).executeScript("document.getElementById('bid-key-panel').scrollIntoView({block: 'end'})");
                screenshot("provider-bid-key");
            }
            click(byId("bid-key-saved"));
            click(byId("confirm-seal"));
            waitForText(By.tagName("vaadin-notification-card"), "已加密密封并递交");
            assertThat(browser.findElement(By.id("seal-error")).getAttribute("textContent")).as("refusal shown").isBlank();
            // the sealed bid as it stands on the page when the provider comes back
            open("tenders/" + code);
            assertThat(waitForText(byId("my-bid"), "已密封")).contains("SHA-256");
            if (i == 0) {
                ((JavascriptExecutor) browser).executeScript("document.getElementById('my-bid').scrollIntoView({block: 'center'})");
                screenshot("provider-bid");
            }
        }
        // a provider sees only their own sealed bid: no price in clear, no other bidder
        open("tenders/" + code);
        assertThat(browser.findElements(By.id("my-bid"))).hasSize(1);
        assertThat(text(byId("my-bid"))).contains("已密封").doesNotContain("1,887,654", "1,937,654", "1,987,654");
        // what reached the server's files and index is ciphertext: no price, proposal text or file name
        assertNothingStoredInPlain(p, List.of("1987654", "1937654", "1887654", "密封方案QX", proposalPdf.getFileName().toString()));

        // the trainer moves the training clock to the deadline: the opening starts and each bidder
        // decrypts their own bid with their key
        trainingMove(code, "training-to-bid-deadline");
        for (String bidder : bidders) {
            login(bidder);
            open("tenders/" + code);
            type(byId("field-key"), bidder.equals("provider2") ? "LPK1-" + "A".repeat(43) : keys.get(bidder));
            click(byId("decrypt-bid"));
            if (bidder.equals("provider2")) {
                // a wrong key: the refusal says so on the field, and the bidder tries again
                wait.until(d -> "true".equals(d.findElement(By.id("field-key")).getAttribute("invalid")));
                screenshot("provider-bid-wrong-key");
                type(byId("field-key"), keys.get(bidder));
                click(byId("decrypt-bid"));
            }
            assertThat(waitForText(byId("my-bid"), "已解密")).contains(bidder.equals("provider1") ? "1,987,654" : "¥");
            if (bidder.equals("provider1")) {
                // decrypted, the attachment is archived under the bid: its bidder sees it after a reload
                open("tenders/" + code);
                assertThat(waitForText(byId("my-bid"), "已解密")).contains(proposalPdf.getFileName().toString());
            }
        }
        // the window closes: the job executor opens the bids and draws the committee
        trainingMove(code, "training-to-decryption-end");
        ProcurementProject tendering = p;
        await("committee drawn", () -> !scoringTasks(tendering).isEmpty());
        assertThat(bidding.currentRound(p.getId())).allMatch(Bid::isQualified);
        assertThat(archive.of(Bid.class, bidding.currentRound(p.getId()).get(0).getId())).extracting(StoredDocument::getFileName)
                .containsExactly(proposalPdf.getFileName().toString());
        for (WorkTask scoring : scoringTasks(p)) {
            login(scoring.assignee());
            open("tasks/" + scoring.id());
            click(byId("field-noConflict"));
            for (WebElement score : browser.findElements(By.cssSelector("vaadin-big-decimal-field[id^='score-']"))) {
                type(score, "60");
            }
            complete();
        }

        // the head confirms the top-ranked bid
        login("head");
        openTask("head", code, ProcessModel.Tendering.TASK_CONFIRM_WINNER);
        // equal quality scores: the lowest evaluated price ranks first with the full price weight (87号令 55)
        List<Bid> ranked = bidding.currentRound(p.getId()).stream().sorted(Comparator.comparing(Bid::getRankNo)).toList();
        assertThat(ranked).hasSize(3).extracting(Bid::getEvaluatedPrice).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(ranked.get(0).getPriceScore()).isEqualByComparingTo(BigDecimal.valueOf(p.getPriceWeight()));
        assertThat(ranked.get(2).getPriceScore()).isLessThan(ranked.get(1).getPriceScore());
        assertThat(ranked.get(1).getPriceScore()).isLessThan(ranked.get(0).getPriceScore());
        assertThat(text(byId("ranking"))).contains("综合得分", "¥1,887,654.00",
                ranked.get(0).getTotalScore().toPlainString(), ranked.get(2).getTotalScore().toPlainString());
        complete();

        // the purchaser checks the award notice and publishes it
        login("purchaser");
        openTask("purchaser", code, ProcessModel.Tendering.TASK_PUBLISH_AWARD);
        assertThat(text(byId("award-notice-text"))).contains("中标（成交）信息", "公告期限");
        // its label: the field spans the form, and its middle, right of the label, is empty
        click(By.cssSelector("#field-checked > label"));
        complete();

        // the challenge window passes; the purchaser completes the contract, both parties sign
        trainingMove(code, "training-to-challenge-end");
        await("challenge window closed", () -> projects.project(tendering.getId()).getStage() == ProjectStage.CONTRACT);
        Contract contract = contracts.ofProject(p.getId());
        login("purchaser");
        openTask("purchaser", code, ProcessModel.ContractSigning.TASK_PREPARE);
        type(byId("field-rightsAndObligations"), "甲方提供值班场所，乙方按排班表派驻律师。");
        type(byId("field-liabilityForBreach"), "乙方缺岗一次扣减当日服务费。");
        complete();
        long winnerId = contract.getProviderId();
        String winner = bidders.stream().filter(u -> users.actor(u).organisationId() == winnerId).findFirst().orElseThrow();
        login(winner);
        openTask(winner, code, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER);
        click(byId("field-agreed"));
        complete();
        login("purchaser");
        openTask("purchaser", code, ProcessModel.ContractSignatures.TASK_SIGN_PURCHASER);
        click(byId("field-agreed"));
        complete();
        contract = contracts.contract(contract.getId());
        assertThat(contract.getStatus()).isEqualTo(Contract.Status.IN_FORCE);
        // the purchaser checks the contract's public text and publishes it
        openTask("purchaser", code, ProcessModel.ContractPublication.TASK_PUBLISH);
        assertThat(text(byId("contract-public-text"))).contains(contract.getCode(), contract.getDocumentSha256());
        // its label: the field spans the form, and its middle, right of the label, is empty
        click(By.cssSelector("#field-checked > label"));
        complete();
        assertThat(contracts.contract(contract.getId()).getPublishedAt()).isNotNull();
        open("contracts/" + contract.getId());
        assertThat(text(byId("contract-sha256"))).contains(contract.getDocumentSha256());
        click(byId("verify-contract"));
        waitForText(By.tagName("vaadin-notification-card"), "校验通过");

        // the service term ends: the provider reports, the purchaser accepts
        trainingMove(code, "training-to-next-period");
        await("period ended", () -> tasks.findTask(users.actor(winner), code, ProcessModel.PerformanceMonitoring.TASK_REPORT).isPresent());
        login(winner);
        openTask(winner, code, ProcessModel.PerformanceMonitoring.TASK_REPORT);
        for (WebElement quantity : browser.findElements(By.cssSelector("vaadin-big-decimal-field[id^='delivered-']"))) {
            type(quantity, "7000");
        }
        complete();
        login("purchaser");
        openTask("purchaser", code, ProcessModel.AcceptanceEvaluation.TASK_EVALUATE);
        type(byId("field-processScore"), "28");
        type(byId("field-resultsScore"), "46");
        type(byId("field-socialScore"), "18");
        type(byId("field-recipientRepresentatives"), "受援群众代表");
        type(byId("field-opinion"), "服务到位，同意验收。");
        complete();

        // the head approves the payment and finance releases it
        login("head");
        openTask("head", code, ProcessModel.Payment.TASK_APPROVE);
        click(byId("field-confirmed"));
        complete();
        login("finance");
        openTask("finance", code, ProcessModel.Payment.TASK_RELEASE);
        type(byId("field-voucherNo"), "ZF-BROWSER-0001");
        complete();
        assertThat(projects.project(p.getId()).getStage()).isEqualTo(ProjectStage.CLOSED);

        // the supervisor reads the whole trail and the diagram, with no edit controls
        login("supervisor");
        open("projects/" + code);
        waitFor(byId("project-title"));
        assertThat(browser.findElements(By.id("complete-task"))).isEmpty();
        click(By.xpath("//vaadin-tab[contains(., '审计轨迹')]"));
        // people by their names, actions by what they are called
        assertThat(waitForText(byId("audit-trail"), "法律援助中心 陈经办")).contains("提交采购申请", "递交密封投标");
        screenshot("supervisor-audit-trail");
        click(By.xpath("//vaadin-tab[contains(., '流程图')]"));
        wait.until(d -> !d.findElements(By.cssSelector(".bpmn-canvas[data-rendered='true']")).isEmpty());
        screenshot("project-diagram");
        open("dashboard");
        wait.until(d -> !d.findElements(By.cssSelector(".chart[data-rendered='true']")).isEmpty());
        screenshot("dashboard");
        logout();
        open("");
        waitForText(By.tagName("body"), "采购公告");
        screenshot("public-notices");
        thePublicPagesReadOnAPhone();
    }

    /** At 390 px: no sideways scrolling, and the published contract downloads without a login. */
    private void thePublicPagesReadOnAPhone() throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            open("");
            waitForText(byId("notices"), "浏览器测试");
            assertFitsTheScreen();
            screenshot("public-notices-phone");
            click(By.xpath("//a[contains(@class,'notice-title') and contains(., '合同公告') and contains(., '浏览器测试')]"));
            WebElement document = waitFor(By.cssSelector("#announcement-document a"));
            assertThat(document.getText()).endsWith(".pdf");
            assertFitsTheScreen();
            screenshot("public-notice-phone");
            Object fetched = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + r.headers.get('content-type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))));",
                    document.getAttribute("href"));
            assertThat(fetched).asString().startsWith("200 application/pdf").endsWith("%PDF-");
            open("public/contracts");
            waitFor(byId("search-text"));
            assertFitsTheScreen();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * The pages users open most, in the production build (no development tools on the page): the
     * public home, a notice, the inbox and a project page. Each opens six times; the first warms up,
     * and the median of the other five — from navigation start to the last server round trip
     * answered — goes to {@code target/benchmarks/page-render.txt} (figures in docs/benchmarks.md).
     */
    @Test
    void thePagesUsersOpenMostRenderFromTheProductionBuild() throws IOException {
        logout();
        open("");
        assertThat(browser.findElements(By.cssSelector("vaadin-dev-tools, copilot-main")))
                .as("development tools on the page: run the tests with -Pproduction (scripts/test.sh)").isEmpty();
        // the portal's icon, served to visitors too
        Object icon = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector(\"link[rel='icon']\").href).then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertThat(icon).asString().startsWith("200 image/svg+xml");
        String notice = waitFor(By.cssSelector("#notices a.notice-title")).getAttribute("href");
        Map<String, Long> medians = new LinkedHashMap<>();
        medians.put("公告公示 public home /", renderMillis("", "#notices"));
        medians.put("公告 a notice /notices/{id}", renderMillis(notice.substring(notice.indexOf("notices/")),
                ".announcement-body"));
        login("purchaser");
        String project = projects.visibleTo(users.actor("purchaser")).stream()
                .filter(p -> p.getStage() == ProjectStage.PERFORMANCE).findFirst().orElseThrow().getCode();
        medians.put("待办 the inbox /tasks", renderMillis("tasks", "#inbox-grid"));
        medians.put("项目 a project page /projects/{code}", renderMillis("projects/" + project, "#project-title"));
        Path report = Path.of("target", "benchmarks", "page-render.txt");
        Files.createDirectories(report.getParent());
        StringBuilder text = new StringBuilder("Median render, production build, " + Runtime.getRuntime().availableProcessors()
                + " cores, " + Instant.now() + "\n");
        medians.forEach((page, ms) -> text.append(page).append(": ").append(ms).append(" ms\n"));
        Files.writeString(report, text);
        System.out.print(text);
        assertThat(medians).hasSize(4).allSatisfy((page, ms) -> assertThat(ms).as(page).isPositive());
    }

    /** Opens the page six times until the element {@code content} (a CSS selector) shows: the median of the last five renders, in ms. */
    private long renderMillis(String path, String content) {
        WebDriverWait fine = new WebDriverWait(browser, Duration.ofSeconds(40), Duration.ofMillis(20));
        List<Long> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            browser.get("http://localhost:" + port + "/" + path);
            Object done = fine.until(d -> ((JavascriptExecutor) d).executeScript(
                    "const idle = !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive());"
                            + "if (!idle || !document.querySelector(arguments[0])) return null;"
                            + "const nav = performance.getEntriesByType('navigation')[0];"
                            + "const uidl = performance.getEntriesByType('resource').filter(r => r.name.includes('v-r=uidl'))"
                            + "  .reduce((sum, r) => sum + r.duration, 0);"
                            + "return [performance.now(), nav.responseEnd, nav.domContentLoadedEventEnd, uidl];",
                    content));
            if (i > 0) {
                List<?> times = (List<?>) done;
                runs.add(Math.round(((Number) times.get(0)).doubleValue()));
                System.out.printf("%s: total %.0f ms, page html %.0f ms, DOM ready %.0f ms, server round trips %.0f ms%n", path,
                        ((Number) times.get(0)).doubleValue(), ((Number) times.get(1)).doubleValue(),
                        ((Number) times.get(2)).doubleValue(), ((Number) times.get(3)).doubleValue());
            }
        }
        return runs.stream().sorted().toList().get(runs.size() / 2);
    }

    /**
     * Over real HTTP, as the page states: a 5 MB licence reaches the server (Spring's multipart limit
     * follows the portal's 20 MB), a 21 MB one is refused in the browser with the limit in the message.
     */
    @Test
    void anUploadUpToTheStatedLimitArrivesAndOneAboveItIsRefusedWithTheLimit() throws Exception {
        logout();
        open("register");
        WebElement upload = waitFor(byId("licence-upload"));
        upload.findElement(By.tagName("vaadin-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(paddedPdf("执业许可证-5MB.pdf", 5 << 20).toString());
        assertThat(waitForText(By.cssSelector("#licence-upload span"), "已选择")).contains("执业许可证-5MB.pdf");
        open("register");
        upload = waitFor(byId("licence-upload"));
        upload.findElement(By.tagName("vaadin-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(paddedPdf("执业许可证-21MB.pdf", 21 << 20).toString());
        assertThat(waitForText(By.cssSelector("#licence-upload span"), "不超过")).contains("20 MB");
    }

    /**
     * A missing, malformed or refused address shows the portal's own page in the user's language with
     * the way back, and nothing of the inside: no exception, no list of routes. A visitor who has not
     * logged in is sent to the login page from any address that is not public.
     */
    @Test
    void missingMalformedAndRefusedAddressesShowThePortalsOwnPage() {
        logout();
        for (String address : List.of("notices/abc", "notices/99999999999999999999")) {
            open(address);
            assertThat(waitForText(By.tagName("body"), "没有找到这则公告")).as(address).contains("返回公告公示")
                    .doesNotContain("Exception", "Could not navigate", "Available routes");
        }
        open("no-such-page");
        waitFor(By.tagName("vaadin-login-form"));
        login("provider1");
        open("audit");
        assertThat(waitForText(byId("error-page"), "页面不存在")).contains("没有这个页面", "返回我的工作台")
                .doesNotContain("Exception", "Access", "route");
        // ... inside the portal's own layout: its menu, the user's name, the way out
        assertThat(browser.findElements(By.tagName("vaadin-side-nav"))).isNotEmpty();
        assertThat(text(byId("logout"))).contains("退出");
        open("no-such-page");
        assertThat(waitForText(byId("error-page"), "页面不存在")).contains("返回我的工作台")
                .doesNotContain("Could not navigate", "Available routes");
    }

    /** A valid one-page PDF padded to about the given size with incompressible bytes. */
    private static Path paddedPdf(String name, int bytes) throws IOException {
        Path file = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "upload-").resolve(name);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            byte[] padding = new byte[bytes];
            new java.util.Random(7).nextBytes(padding);
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(pdf);
            try (var out = stream.createOutputStream()) {
                out.write(padding);
            }
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("PieceInfo"), stream);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A one-page technical proposal as a PDF file with a distinctive name. */
    private static Path proposalPdf() throws IOException {
        Path file = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "upload-").resolve("技术方案-QX保密.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
        return file;
    }

    /**
     * Reads the portal's data directory byte by byte (the H2 database after a checkpoint, the search
     * node's files) and asks Elasticsearch over every index: none of the secrets may be there, while
     * the project's code, stored in plain, is found by the same scan.
     */
    private void assertNothingStoredInPlain(ProcurementProject p, List<String> secrets) throws Exception {
        jdbc.execute("CHECKPOINT SYNC");
        Map<String, List<Path>> hits = new LinkedHashMap<>();
        List<String> needles = new java.util.ArrayList<>(secrets);
        needles.add(p.getCode());
        try (var files = Files.walk(Path.of(dataDir))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f);
                } catch (IOException unreadable) {
                    continue;
                }
                String asText = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                for (String needle : needles) {
                    if (asText.contains(needle)) {
                        hits.computeIfAbsent(needle, n -> new java.util.ArrayList<>()).add(f);
                    }
                }
            }
        }
        assertThat(hits).as("the project's code, stored in plain, is found by the scan").containsKey(p.getCode());
        secrets.forEach(secret -> assertThat(hits).as("files holding " + secret).doesNotContainKey(secret));
        for (String secret : secrets) {
            var found = elasticsearch.search(s -> s.index("*").query(q -> q.queryString(qs -> qs.query("\"" + secret + "\""))),
                    Object.class);
            assertThat(found.hits().total().value()).as("index documents holding " + secret).isZero();
        }
    }

    private void assertFitsTheScreen() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("sideways scroll at " + browser.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    /**
     * The administrator moves the training clock on from its page, to the project's next deadline:
     * every timer that falls due fires, and every page says that the time is training time.
     */
    private void trainingMove(String code, String target) {
        login("admin");
        open("training");
        comboFirst(byId("training-project"), code);
        click(byId(target));
        waitForText(By.tagName("vaadin-notification-card"), "系统时间已调整到");
        assertThat(text(byId("training-badge"))).contains("培训");
    }

    // --- the browser, as a user would drive it

    private void login(String username) {
        logout();
        open("login");
        WebElement form = waitFor(By.tagName("vaadin-login-form"));
        WebElement user = form.findElement(By.cssSelector("input[name='username']"));
        user.clear();
        user.sendKeys(username);
        WebElement password = form.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void logout() {
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + "/" + path);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }

    private void openTask(String username, String code, String taskKey) {
        WorkTask task = tasks.findTask(users.actor(username), code, taskKey).orElseThrow(() -> new AssertionError(
                username + " has no " + taskKey + "; open: " + tasks.openTasksOfProject(code).stream().map(WorkTask::taskKey).toList()));
        open("tasks/" + task.id());
        waitFor(byId("task-title"));
        if (!browser.findElements(By.id("claim-task")).isEmpty()) {
            click(byId("claim-task"));
            wait.until(d -> d.findElements(By.id("claim-task")).isEmpty());
            waitFor(byId("complete-task"));
        }
    }

    private void complete() {
        click(byId("complete-task"));
        try {
            wait.until(d -> d.getCurrentUrl().endsWith("/tasks"));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the form stayed: say why (its notifications and invalid fields)
            String shown = browser.findElements(By.cssSelector("vaadin-notification-card, [invalid]")).stream()
                    .map(el -> el.getAttribute("id") + ": " + el.getText() + " " + el.getAttribute("error-message"))
                    .reduce("", (a, b) -> a + "\n" + b);
            throw new AssertionError("the task was not completed at " + browser.getCurrentUrl() + shown, e);
        }
    }

    private static By byId(String id) {
        return By.id(id);
    }

    private WebElement waitFor(By by) {
        return wait.until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    private String waitForText(By by, String expected) {
        return wait.until(d -> {
            var found = d.findElements(by);
            return found.stream().map(WebElement::getText).filter(t -> t.contains(expected)).findFirst().orElse(null);
        });
    }

    private String text(By by) {
        return waitFor(by).getText();
    }

    /** Clicks once the element is there; a re-rendered view may replace it meanwhile, so look again. */
    private void click(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = waitFor(by);
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private void type(By by, String value) {
        type(waitFor(by), value);
    }

    /** Sets a Vaadin field's value as typing would, and lets Flow hear the change. */
    private void type(WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }

    private void setProperty(By by, String value) {
        type(by, value);
    }

    private void radio(String groupId, String label) {
        click(By.xpath("//vaadin-radio-group[@id='" + groupId + "']//vaadin-radio-button[contains(., '" + label + "')]"));
    }

    private void comboFirst(By by, String containing) {
        WebElement combo = waitFor(by);
        combo.click();
        WebElement item = wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().contains(containing)).findFirst().orElse(null));
        item.click();
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        String docs = System.getProperty("screenshots.docs");
        if (docs != null) {
            Path target = Path.of(docs);
            Files.createDirectories(target);
            Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
