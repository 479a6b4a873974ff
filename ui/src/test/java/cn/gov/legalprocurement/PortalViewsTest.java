package cn.gov.legalprocurement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.catalogue.ServiceUnit;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractPublicationService;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.portal.AuditTrail;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectRepository;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.search.ContractSearchService;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskForms;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.user.PortalUserRepository;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.TaskHandler;
import cn.gov.legalprocurement.workflow.WorkTask;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server-side (Karibu-Testing) tests of the views on the running application and its demo data: what
 * each role's menu offers, who may open which page, validation messages in Chinese, the supervisor's
 * read-only pages and contract search. Runs before the browser test, which moves the engine's clock.
 */
@Order(1)
class PortalViewsTest extends KaribuPortal {

    @Autowired
    PortalUserRepository portalUsers;
    @Autowired
    ProjectRepository projectRepository;
    @Autowired
    BidService bidding;
    @Autowired
    ProjectService projectService;
    @Autowired
    ContractService contracts;
    @Autowired
    ContractPublicationService contractPublication;
    @Autowired
    ContractSearchService search;
    @Autowired
    PublicationService publication;
    @Autowired
    TaskForms forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    List<TaskHandler<?>> handlers;
    @Autowired
    cn.gov.legalprocurement.catalogue.CatalogueService catalogue;
    @Autowired
    cn.gov.legalprocurement.budget.BudgetService budget;
    @Autowired
    cn.gov.legalprocurement.tender.AwardService awards;
    @Autowired
    cn.gov.legalprocurement.framework.CallOffService callOffs;

    /** Every user task of every model opens a form, and the form submits what the task's handler takes. */
    @Test
    void everyUserTaskOfEveryModelHasAFormForItsHandler() {
        Map<String, Class<?>> handled = new LinkedHashMap<>();
        handlers.forEach(h -> handled.put(h.taskKey(), h.formType()));
        List<UserTask> userTasks = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .flatMap(d -> repository.getBpmnModelInstance(d.getId()).getModelElementsByType(UserTask.class).stream())
                .toList();
        assertThat(userTasks).hasSizeGreaterThanOrEqualTo(25);
        Map<String, String> wrong = new LinkedHashMap<>();
        for (UserTask task : userTasks) {
            Class<?> submitted = forms.create(task.getCamundaFormKey()).<Class<?>>map(TaskForm::formType).orElse(null);
            if (submitted == null || !submitted.equals(handled.get(task.getId()))) {
                wrong.put(task.getId(), task.getCamundaFormKey() + " submits " + submitted + ", handler takes "
                        + handled.get(task.getId()));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void menusFollowTheRoles() {
        loginAs("purchaser");
        assertThat(menu()).contains("tasks", "purchases/new", "projects", "contracts").doesNotContain("tenders", "bids", "search");
        logout();

        loginAs("provider1");
        assertThat(menu()).contains("tasks", "tenders", "bids", "contracts").doesNotContain("purchases/new", "projects", "search");
        logout();

        loginAs("supervisor");
        assertThat(menu()).contains("projects", "contracts", "search", "dashboard")
                .doesNotContain("tasks", "purchases/new", "tenders", "bids");
        logout();

        loginAs("expert1");
        assertThat(menu()).contains("tasks", "dashboard").doesNotContain("purchases/new", "projects", "contracts", "search", "tenders");
    }

    @Test
    void pagesOutsideTheRoleAreRefused() {
        loginAs("supervisor");
        assertRefused("purchases/new");
        assertRefused("tenders");
        logout();

        loginAs("provider1");
        ProcurementProject anyProject = projectRepository.findAll().get(0);
        assertRefused("projects/" + anyProject.getCode());
        assertRefused("search");
    }

    @Test
    void aProviderSeesOnlyTheirOwnBid() {
        ProcurementProject open = projectService.openForBids().stream()
                .filter(p -> !bidding.currentRound(p.getId()).isEmpty()).findFirst().orElseThrow();
        List<Bid> bids = bidding.currentRound(open.getId());
        assertThat(bids).hasSizeGreaterThanOrEqualTo(2);
        Map<String, String> fingerprintByOwner = new LinkedHashMap<>();
        for (Bid bid : bids) {
            String owner = portalUsers.findByRoleAndOrganisation(Role.PROVIDER, bid.getProviderId()).get(0).getUsername();
            fingerprintByOwner.put(owner, bidding.myBids(users.actor(owner)).stream().filter(b -> b.id() == bid.getId())
                    .findFirst().orElseThrow().commitment());
        }

        fingerprintByOwner.forEach((owner, fingerprint) -> {
            loginAs(owner);
            navigate("tenders/" + open.getCode());
            assertThat(_get(Component.class, spec -> spec.withId("my-bid")).getElement().getTextRecursively())
                    .contains(fingerprint);
            String page = pageText();
            assertThat(page).contains(open.getCode());
            fingerprintByOwner.values().stream().filter(f -> !f.equals(fingerprint))
                    .forEach(other -> assertThat(page).doesNotContain(other));
            logout();
        });

        String outsider = List.of("provider1", "provider2", "provider3", "provider4", "provider5", "provider6").stream()
                .filter(u -> bids.stream().noneMatch(b -> b.getProviderId() == users.actor(u).organisationId()))
                .findFirst().orElseThrow();
        loginAs(outsider);
        navigate("tenders/" + open.getCode());
        assertThat(present("my-bid")).isFalse();
        assertThat(present("seal-form")).isTrue();
        // the procurement notice comes with its PDF, to read before bidding
        assertThat(_get(Component.class, spec -> spec.withId("announcement-document")).getElement().getTextRecursively())
                .contains(open.getCode() + "-notice-" + open.getTenderRound() + ".pdf");
        String page = pageText();
        fingerprintByOwner.values().forEach(f -> assertThat(page).doesNotContain(f));
        logout();

        loginAs("purchaser-office");
        assertRefused("tenders/" + open.getCode());
    }

    @Test
    void aSupervisorVerifiesTheAuditChainAndThePublicSeesItsSignedHead() {
        loginAs("supervisor");
        navigate("audit");
        _click(_get(Button.class, spec -> spec.withId("verify-audit-chain")));
        assertThat(_get(Component.class, spec -> spec.withId("audit-verification")).getElement().getTextRecursively())
                .contains("审计链完好");
        logout();
        visitAnonymously();
        navigate("public/audit");
        assertThat(pageText()).contains("Ed25519", "平台公钥");
    }

    /** A provider asks on the tender's page; the purchaser answers in the task form without learning who asked. */
    @Test
    void aProviderAsksAndReadsTheAnswerThePurchaserSeesOnlyTheQuestion() {
        ProcurementProject open = projectService.openForBids().get(0);
        loginAs("provider5");
        navigate("tenders/" + open.getCode());
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("inquiry-question")),
                "值班律师是否须具备三年以上执业经历？");
        _click(_get(Button.class, spec -> spec.withId("inquiry-ask")));
        String purchaser = java.util.stream.Stream.of("purchaser", "purchaser-office", "purchaser-danghu")
                .filter(u -> users.actor(u).organisationId() == open.getPurchaserId()).findFirst().orElseThrow();
        logout();

        WorkTask answer = tasks.findTask(users.actor(purchaser), open.getCode(), ProcessModel.InquiryAnswer.TASK_ANSWER).orElseThrow();
        loginAs(purchaser);
        navigate("tasks/" + answer.id());
        if (present("claim-task")) {
            _click(_get(Button.class, spec -> spec.withId("claim-task")));
        }
        assertThat(pageText()).contains("值班律师是否须具备三年以上执业经历？").doesNotContain("新仓法律服务所");
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("field-answer")), "须具备，以执业证为准。");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        logout();

        loginAs("provider5");
        navigate("tenders/" + open.getCode());
        @SuppressWarnings("unchecked")
        Grid<cn.gov.legalprocurement.inquiry.Inquiry> asked = _get(Grid.class, spec -> spec.withId("my-inquiries"));
        assertThat(GridKt._size(asked)).isEqualTo(1);
        assertThat(GridKt._get(asked, 0).getAnswer()).isEqualTo("须具备，以执业证为准。");
        assertThat(String.join(" ", GridKt._getFormattedRow(asked, 0))).contains("须具备，以执业证为准。");
    }

    /**
     * The unit clarifies the documents of its open consultation on the project's page; with more than the
     * consultation's five days left the deadline stays, and the suppliers read the clarification on the tender's page.
     */
    @Test
    void thePurchaserPublishesAClarificationThatTheSuppliersRead() {
        ProcurementProject open = projectService.openForBids().stream().filter(x -> x.getTitle().equals("12348 公共法律服务热线咨询服务"))
                .findFirst().orElseThrow();
        java.time.Instant deadline = open.getBidDeadline();
        loginAs("purchaser-office");
        navigate("projects/" + open.getCode());
        assertThat(_get(Component.class, spec -> spec.withId("clarification")).getElement().getTextRecursively())
                .contains("澄清或修改采购文件");
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("clarification-text")),
                "补充说明：热线坐席须配备录音设备。");
        _click(_get(Button.class, spec -> spec.withId("clarification-publish")));

        assertThat(projectService.project(open.getId()).getBidDeadline()).isEqualTo(deadline);
        assertThat(publication.ofProject(open.getId()))
                .anyMatch(a -> a.getKind() == Announcement.Kind.CLARIFICATION_NOTICE && a.getBody().contains("录音设备"));
        logout();
        loginAs("provider2");
        navigate("tenders/" + open.getCode());
        assertThat(pageText()).contains("澄清（更正）公告", "录音设备");
    }

    /**
     * The demo consultation waits for its panel's chair: the form lists the suppliers still in it with their first
     * quotations, and refuses a round without minutes or an elimination without its reason, changing nothing.
     */
    @Test
    void thePanelsChairSeesTheResponsesAndAnIncompleteRoundIsRefusedOnItsFields() {
        ProcurementProject p = projectRepository.findAll().stream().filter(x -> x.getTitle().equals("医疗纠纷人民调解专业服务"))
                .findFirst().orElseThrow();
        WorkTask round = negotiationRound(p).orElseThrow();
        loginAs(round.assignee());
        navigate("tasks/" + round.id());
        assertThat(pageText()).contains("仍在谈判（磋商）中的供应商", "首次报价", p.getCode());
        com.vaadin.flow.component.checkbox.Checkbox eliminate = _find(com.vaadin.flow.component.checkbox.Checkbox.class).stream()
                .filter(c -> c.getId().orElse("").startsWith("eliminate-")).findFirst().orElseThrow();
        _setValue(eliminate, true);

        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        assertThat(((HasValidation) _get(Component.class, spec -> spec.withId("field-minutes"))).isInvalid()).isTrue();
        String reasonId = "reason-" + eliminate.getId().orElseThrow().substring("eliminate-".length());
        assertThat(((HasValidation) _get(Component.class, spec -> spec.withId(reasonId))).isInvalid()).isTrue();
        assertThat(negotiationRound(p)).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from negotiation_round where project_id = ?", Integer.class, p.getId()))
                .isZero();
        assertThat(projectService.project(p.getId()).isFinalQuotationRound()).isFalse();
    }

    /** 当湖街道 buys a community's legal adviser below 平湖市's floor by comparing three quotes in the task form. */
    @Test
    void aPurchaserBelowTheFloorComparesQuotesAndTakesTheLowest() {
        var purchaser = users.actor("purchaser-danghu");
        var adviser = catalogue.published().stream().filter(i -> i.getCode().equals("PH-02-001")).findFirst().orElseThrow();
        var start = cn.gov.legalprocurement.shared.PortalClock.dayOf(java.time.Instant.now()).plusMonths(2).withDayOfMonth(1);
        long line = budget.lines(purchaser).stream().filter(l -> l.getFiscalYear() == start.getYear()).findFirst().orElseThrow().getId();
        ProcurementProject p = projectService.apply(purchaser, new ProjectService.Application("新仓社区法律顾问服务（六个月）",
                List.of(new ProjectService.Line(adviser.getId(), new java.math.BigDecimal("6"))), "新仓社区居民", start,
                start.plusMonths(6).minusDays(1), line, false, false, false, false, null));
        WorkTask approval = tasks.findTask(users.actor("head-danghu"), p.getCode(), ProcessModel.ProjectApplication.TASK_APPROVE).orElseThrow();
        tasks.complete(users.actor("head-danghu"), approval.id(), new cn.gov.legalprocurement.project.ApproveApplicationHandler.Form(
                cn.gov.legalprocurement.project.ApplicationDecision.APPROVE, null));
        WorkTask purchase = tasks.findTask(purchaser, p.getCode(), ProcessModel.Tendering.TASK_PURCHASE_BELOW_FLOOR).orElseThrow();

        loginAs("purchaser-danghu");
        navigate("tasks/" + purchase.id());
        assertThat(_get(Component.class, spec -> spec.withId("below-floor-explanation")).getElement().getText())
                .contains("分散采购限额标准", "至少 3 家");
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("field-reason")),
                "向三家入库法律服务机构询价，选择报价最低者");
        // an empty quote row is refused on the row itself; nothing is saved
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(((HasValidation) _get(Component.class, spec -> spec.withId("quote-provider-0"))).isInvalid()).isTrue();
        assertThat(awardOf(p)).isEmpty();

        String[] providers = {"provider1", "provider4", "provider5"};
        String[] prices = {"11800", "11200", "11600"};
        for (int i = 0; i < 3; i++) {
            int row = i;
            _setValue(_get(ComboBox.class, spec -> spec.withId("quote-provider-" + row)), users.actor(providers[i]).organisationId());
            _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("quote-amount-" + row)),
                    new java.math.BigDecimal(prices[i]));
        }
        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        assertThat(awardOf(p)).hasValueSatisfying(a -> {
            assertThat(a.getProviderId()).isEqualTo(users.actor("provider4").organisationId());
            assertThat(a.getAmount()).isEqualByComparingTo("11200");
        });
        assertThat(projectService.project(p.getId()).getStage()).isEqualTo(cn.gov.legalprocurement.project.ProjectStage.CONTRACT);
    }

    /**
     * 市府办 makes a call-off under the demo framework agreement: the offer form shows the shortlist and, under
     * rotation, the supplier in turn; that supplier's answer form shows the amount, and accepting awards the call-off.
     * The agreement's page then counts it in the fairness report.
     */
    @Test
    void aCallOffGoesToTheSupplierInTurnWhoAcceptsItAndTheFairnessReportCountsIt() {
        var purchaser = users.actor("purchaser-office");
        var agreement = projectService.frameworkAgreementsInForce(purchaser).get(0);
        var adviser = catalogue.published().stream().filter(i -> i.getCode().equals("PH-02-001")).findFirst().orElseThrow();
        var start = cn.gov.legalprocurement.shared.PortalClock.dayOf(java.time.Instant.now()).plusMonths(2).withDayOfMonth(1);
        long line = budget.lines(purchaser).stream().filter(l -> l.getFiscalYear() == start.getYear()).findFirst().orElseThrow().getId();
        ProcurementProject p = projectService.apply(purchaser, new ProjectService.Application("市府办驻点法律顾问服务（框架协议合同授予）",
                List.of(new ProjectService.Line(adviser.getId(), new java.math.BigDecimal("3"))), "市政府办公室", start,
                start.plusMonths(3).minusDays(1), line, false, false, false, false, null, null, agreement.agreementId()));
        WorkTask approval = tasks.findTask(users.actor("head-office"), p.getCode(), ProcessModel.ProjectApplication.TASK_APPROVE).orElseThrow();
        tasks.complete(users.actor("head-office"), approval.id(), new cn.gov.legalprocurement.project.ApproveApplicationHandler.Form(
                cn.gov.legalprocurement.project.ApplicationDecision.APPROVE, null));
        WorkTask offer = tasks.findTask(purchaser, p.getCode(), ProcessModel.Tendering.TASK_OFFER_CALL_OFF).orElseThrow();

        loginAs("purchaser-office");
        navigate("tasks/" + offer.id());
        assertThat(pageText()).contains(agreement.code(), "顺序轮候", "入围供应商");
        var inTurn = _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("field-providerId"));
        assertThat(inTurn.getValue()).as("under rotation the supplier in turn is given").isNotNull();
        assertThat(inTurn.isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        long offered = callOffs.ofProject(p.getId()).get(0).getProviderId();
        String provider = java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(i -> "provider" + i)
                .filter(u -> users.actor(u).organisationId() == offered).findFirst().orElseThrow();
        WorkTask answer = tasks.findTask(users.actor(provider), p.getCode(), ProcessModel.Tendering.TASK_ANSWER_CALL_OFF).orElseThrow();
        loginAs(provider);
        navigate("tasks/" + answer.id());
        assertThat(_get(Component.class, spec -> spec.withId("call-off-offer")).getElement().getText()).contains("本次合同授予金额");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        assertThat(awardOf(p)).hasValueSatisfying(a -> assertThat(a.getProviderId()).isEqualTo(offered));
        assertThat(projectService.project(p.getId()).getStage()).isEqualTo(cn.gov.legalprocurement.project.ProjectStage.CONTRACT);
        loginAs("purchaser-danghu");
        navigate("projects/" + agreement.code().substring("KJXY-".length()));
        assertThat(_get(Component.class, spec -> spec.withId("framework-totals")).getElement().getText()).contains("合同授予公平性报告");
        assertThat(_get(Grid.class, spec -> spec.withId("framework-fairness")).getGenericDataView().getItems().count())
                .isEqualTo(3);
    }

    /**
     * The demo's bonds due back: the purchaser's refund form lists every bond of the project with its deadline and
     * ticks the due ones; a refund without its transfer reference is refused on that field and refunds nothing. The
     * bidders see their own bonds on their bids page.
     */
    @Test
    void theRefundFormShowsTheBondsDueAndABidderSeesItsOwn() {
        WorkTask refund = tasks.myTasks(users.actor("purchaser")).stream()
                .filter(t -> t.taskKey().equals(ProcessModel.BidBondRefund.TASK_REFUND)).findFirst().orElseThrow();
        loginAs("purchaser");
        navigate("tasks/" + refund.id());
        assertThat(_get(Component.class, spec -> spec.withId("bond-rule")).getElement().getText()).contains("5 个工作日内退还");
        assertThat(_get(Grid.class, spec -> spec.withId("bond-lines")).getGenericDataView().getItems().count()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        var chosen = (com.vaadin.flow.component.checkbox.CheckboxGroup<Long>) _get(Component.class, spec -> spec.withId("field-bonds"));
        assertThat(chosen.getValue()).as("the two unsuccessful bidders' bonds, ticked").hasSize(2);
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        HasValidation reference = (HasValidation) _get(Component.class, spec -> spec.withId("field-reference"));
        assertThat(reference.isInvalid()).isTrue();
        assertThat(tasks.task(users.actor("purchaser"), refund.id()).id()).as("nothing refunded, the task stays").isEqualTo(refund.id());

        loginAs("provider2");
        navigate("bids");
        assertThat(_get(Grid.class, spec -> spec.withId("my-bonds")).getGenericDataView().getItems().count()).isPositive();
    }

    /** The purchaser files a demo contract with finance: the form gives the statutory deadline; ticking and submitting files it. */
    @Test
    void thePurchaserFilesASignedContractWithFinance() {
        WorkTask filing = tasks.myTasks(users.actor("purchaser")).stream()
                .filter(t -> t.taskKey().equals(ProcessModel.ContractFiling.TASK_FILE)).findFirst().orElseThrow();
        long contractId = contracts.visibleTo(users.actor("supervisor")).stream()
                .filter(c -> c.getProjectId().equals(filing.projectId()) && c.getFilingDue() != null).findFirst().orElseThrow().getId();
        loginAs("purchaser");
        navigate("tasks/" + filing.id());
        assertThat(_get(Component.class, spec -> spec.withId("filing-due")).getElement().getText()).contains("第四十七条", "前将合同副本报同级财政部门备案");
        assertThat(pageText()).contains("财政备案", "前备案");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(((HasValidation) _get(Component.class, spec -> spec.withId("field-filed"))).isInvalid())
                .as("the filing must be confirmed").isTrue();
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("field-filed")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(contracts.contract(contractId).getFiledAt()).isNotNull();
        assertThat(contracts.contract(contractId).getFiledBy()).isEqualTo("purchaser");
    }

    /**
     * The purchaser reads the award notice as it will be published, with its statutory deadline; it cannot be
     * published unchecked (the demo task stays open for the trainee).
     */
    @Test
    void thePurchaserChecksTheAwardNoticeBeforePublishingIt() {
        WorkTask notice = tasks.myTasks(users.actor("purchaser-office")).stream()
                .filter(t -> t.taskKey().equals(ProcessModel.Tendering.TASK_PUBLISH_AWARD)).findFirst().orElseThrow();
        loginAs("purchaser-office");
        navigate("tasks/" + notice.id());
        assertThat(_get(Component.class, spec -> spec.withId("award-notice-due")).getElement().getText())
                .contains("第四十三条", "自动发布");
        assertThat(_get(Component.class, spec -> spec.withId("award-notice-text")).getElement().getText())
                .contains("中标（成交）信息", "公告期限");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(((HasValidation) _get(Component.class, spec -> spec.withId("field-checked"))).isInvalid())
                .as("the notice must be checked").isTrue();
        assertThat(tasks.myTasks(users.actor("purchaser-office"))).extracting(WorkTask::id).contains(notice.id());
    }

    /**
     * The purchaser sees the unit's purchase intentions (the walkthrough's among them) with the day procurement may
     * start, and publishes one: a missing title is refused on its field and nothing is published.
     */
    @Test
    void thePurchaserPublishesAPurchaseIntention() {
        loginAs("purchaser-office");
        navigate("intentions");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("intentions"));
        int before = GridKt._size(grid);
        assertThat(before).as("the demo published the walkthrough's intention").isPositive();
        assertThat(java.util.stream.IntStream.range(0, before).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList())
                .anySatisfy(row -> assertThat(row).contains("政府法律顾问服务"));
        int published = publication.latest(cn.gov.legalprocurement.publication.Announcement.Kind.PURCHASE_INTENTION).size();
        ComboBox<cn.gov.legalprocurement.catalogue.CatalogueItem> item = _get(ComboBox.class, spec -> spec.withId("intention-item"));
        item.setValue(item.getListDataView().getItems().filter(i -> i.getCode().equals("PH-02-005")).findFirst().orElseThrow());
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("intention-needs")), "为辖区企业提供合规法律体检");
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("intention-budget")),
                new java.math.BigDecimal("60000"));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("intention-month")),
                java.time.LocalDate.now().plusMonths(2));
        _click(_get(Button.class, spec -> spec.withId("intention-publish")));
        assertThat(_get(TextField.class, spec -> spec.withId("intention-title")).isInvalid()).isTrue();
        assertThat(publication.latest(cn.gov.legalprocurement.publication.Announcement.Kind.PURCHASE_INTENTION)).hasSize(published);
        _setValue(_get(TextField.class, spec -> spec.withId("intention-title")), "企业合规法律体检服务");
        _click(_get(Button.class, spec -> spec.withId("intention-publish")));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("intentions")))).isEqualTo(before + 1);
        assertThat(publication.latest(cn.gov.legalprocurement.publication.Announcement.Kind.PURCHASE_INTENTION))
                .anySatisfy(a -> assertThat(a.getTitle()).isEqualTo("企业合规法律体检服务 采购意向"));
    }

    private java.util.Optional<cn.gov.legalprocurement.tender.Award> awardOf(ProcurementProject p) {
        return awards.currentAward(p.getId());
    }

    @Test
    void aTaskFormShowsItsValidationMessagesInChinese() {
        WorkTask approval = tasks.myTasks(users.actor("head-danghu")).stream()
                .filter(t -> t.taskKey().equals(ProcessModel.ProjectApplication.TASK_APPROVE)).findFirst().orElseThrow();
        loginAs("head-danghu");
        navigate("tasks/" + approval.id());
        if (present("claim-task")) {
            _click(_get(Button.class, spec -> spec.withId("claim-task")));
        }
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        HasValidation decision = (HasValidation) _get(Component.class, spec -> spec.withId("field-decision"));
        assertThat(decision.isInvalid()).isTrue();
        assertThat(decision.getErrorMessage()).isEqualTo("必填");
        assertThat(tasks.task(users.actor("head-danghu"), approval.id()).id()).isEqualTo(approval.id());
    }

    @Test
    void aSupervisorReadsEverythingAndChangesNothing() {
        Contract signed = contracts.visibleTo(users.actor("supervisor")).stream()
                .filter(c -> c.getPurchaserSignedAt() != null && c.getTitle().contains("人民调解员")).findFirst().orElseThrow();
        ProcurementProject project = projectRepository.findById(signed.getProjectId()).orElseThrow();
        WorkTask someoneElsesTask = tasks.myTasks(users.actor("head-danghu")).get(0);

        loginAs("supervisor");
        navigate("projects/" + project.getCode());
        assertThat(_get(Component.class, spec -> spec.withId("project-title")).getElement().getTextRecursively())
                .contains(project.getCode());
        assertThat(_find(_get(Component.class, spec -> spec.withId("open-steps")), Anchor.class)).isEmpty();
        assertNoEditControls();
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(3);
        AuditTrail trail = _get(AuditTrail.class);
        List<String> actions = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(trail); i++) {
            actions.add(GridKt._get(trail, i).getAction());
        }
        // the whole procurement: application, sealed bids, their opening, scores, award, signatures
        assertThat(actions).contains("tender.bid-sealed", "tender.bid-decrypted", "tender.open-bid", "evaluation.score",
                "tender.confirm-winner");
        // ... in words: people by name, actions by what they are called, details as "field: value", no JSON
        for (int i = 0; i < GridKt._size(trail); i++) {
            List<String> cells = GridKt._getFormattedRow(trail, i);
            assertThat(cells.get(1)).as("who").isNotIn("purchaser", "head", "provider1", "expert1");
            assertThat(cells.get(2)).as("what").doesNotMatch("[a-z]+\\.[a-z.-]+");
            assertThat(cells.get(4)).as("details").doesNotContain("{\"", "\":");
        }

        navigate("contracts/" + signed.getId());
        assertThat(_get(Component.class, spec -> spec.withId("contract-sha256")).getElement().getTextRecursively())
                .contains(contractPublication.signedPdf(signed.getId()).orElseThrow().getSha256());
        assertNoEditControls();

        navigate("tasks/" + someoneElsesTask.id());
        assertThat(present("task-title")).isFalse();
        assertThat(present("complete-task")).isFalse();
        assertThat(present("claim-task")).isFalse();
    }

    @Test
    void thePublicReadsNoticesAndTheirDocumentsWithoutLogin() {
        Contract signed = contracts.visibleTo(users.actor("supervisor")).stream()
                .filter(c -> c.getPurchaserSignedAt() != null && c.getTitle().contains("人民调解员")).findFirst().orElseThrow();
        Announcement contractNotice = publication.latest(Announcement.Kind.CONTRACT).stream()
                .filter(a -> a.getProjectId().equals(signed.getProjectId())).findFirst().orElseThrow();

        visitAnonymously();
        navigate("");
        assertThat(pageText()).contains("公告公示", "合同公告", "采购公告", contractNotice.getTitle());
        _setValue(_get(ComboBox.class, spec -> spec.withId("notice-kind")), Announcement.Kind.ACCEPTANCE_RESULT);
        assertThat(pageText()).doesNotContain(contractNotice.getTitle());

        // the notice at its own address, with the signed contract it made public
        navigate("notices/" + contractNotice.getId());
        assertThat(pageText()).contains(contractNotice.getTitle(), signed.getCode());
        // units in words (件, 月 ...), never as the program's names for them
        assertThat(pageText()).doesNotContainPattern(" (" + Stream.of(ServiceUnit.values()).map(Enum::name)
                .collect(Collectors.joining("|")) + ")\\b");
        String document = _get(Component.class, spec -> spec.withId("announcement-document")).getElement().getTextRecursively();
        assertThat(document).contains(signed.getCode() + ".pdf", contractPublication.signedPdf(signed.getId()).orElseThrow().getSha256());

        navigate("notices/999999999");
        assertThat(pageText()).contains("没有找到这则公告");
        assertThat(present("announcement-document")).isFalse();
    }

    /** Only reading actions: verifying hashes, switching the language, logging out, notifications. */
    private void assertNoEditControls() {
        Set<String> readOnly = Set.of("verify-contract", "language-switch", "logout", "notification-bell", "verify-document");
        List<String> others = _find(Button.class).stream().filter(Component::isVisible).filter(b -> !(b instanceof DrawerToggle))
                .filter(b -> b.getId().map(id -> !readOnly.contains(id)).orElse(true))
                .map(b -> b.getId().orElse(b.getText())).toList();
        assertThat(others).isEmpty();
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class)).isEmpty();
    }

    @Test
    void aSupervisorFindsContractsByAChinesePhraseFiltersAndExports() {
        Contract signed = contracts.visibleTo(users.actor("supervisor")).stream()
                .filter(c -> c.getPurchaserSignedAt() != null && c.getTitle().contains("人民调解员")).findFirst().orElseThrow();
        ProcurementProject project = projectRepository.findById(signed.getProjectId()).orElseThrow();
        await("the signed demo contract in the index", () -> {
            try {
                return search.search(users.actor("supervisor"), ContractSearchService.Query.text("人民调解")).total() > 0;
            } catch (RuntimeException indexNotYetCreated) {
                return false;
            }
        });

        loginAs("supervisor");
        navigate("search");
        _setValue(_get(TextField.class, spec -> spec.withId("search-text")), "人民调解");
        _click(_get(Button.class, spec -> spec.withId("search-go")));
        @SuppressWarnings("unchecked")
        Grid<ContractSearchService.Row> results = _get(Grid.class, spec -> spec.withId("search-results"));
        assertThat(GridKt._size(results)).isGreaterThan(0);
        assertThat(GridKt._get(results, 0).code()).isEqualTo(signed.getCode());
        assertThat(GridKt._get(results, 0).highlights()).anyMatch(h -> h.contains("<em>"));

        @SuppressWarnings("unchecked")
        ComboBox<String> catalogueClass = _get(ComboBox.class, spec -> spec.withLabel("目录类别"));
        String foundClass = GridKt._get(results, 0).catalogueClassName();
        String otherClass = catalogueClass.getListDataView().getItems()
                .filter(c -> !catalogueClass.getItemLabelGenerator().apply(c).equals(foundClass)).findFirst().orElseThrow();
        _setValue(catalogueClass, otherClass);
        _click(_get(Button.class, spec -> spec.withId("search-go")));
        assertThat(GridKt._size(results)).isZero();
        _setValue(catalogueClass, null);
        _click(_get(Button.class, spec -> spec.withId("search-go")));
        assertThat(GridKt._size(results)).isGreaterThan(0);

        String csv = new String(com.github.mvysny.kaributesting.v10.DownloadKt._download(
                _get(Anchor.class, spec -> spec.withId("search-csv"))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1)).anyMatch(line -> line.contains(signed.getCode()) && line.contains(project.getTitle()));
    }

    @Test
    void thePurchaseWizardShowsEachAmountAndStopsAtAStepWithErrors() {
        loginAs("purchaser");
        navigate("purchases/new");
        com.vaadin.flow.component.tabs.Tabs steps = _get(com.vaadin.flow.component.tabs.Tabs.class, spec -> spec.withId("purchase-steps"));
        _click(_get(Button.class, spec -> spec.withId("purchase-next")));
        assertThat(steps.getSelectedIndex()).as("no service chosen: stays on step 1").isZero();

        @SuppressWarnings("unchecked")
        Grid<cn.gov.legalprocurement.catalogue.CatalogueItem> items = _get(Grid.class);
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int i = 0; i < GridKt._size(items); i++) {
            rows.put(GridKt._get(items, i).getCode(), i);
        }
        _setValue((com.vaadin.flow.component.textfield.BigDecimalField) GridKt._getCellComponent(items, rows.get("PH-01-001"),
                "quantity"), new java.math.BigDecimal("10"));
        _setValue((com.vaadin.flow.component.textfield.BigDecimalField) GridKt._getCellComponent(items, rows.get("PH-04-002"),
                "quantity"), new java.math.BigDecimal("2"));
        // 10 duty days at 300 and 2 lectures at 1,000: each line's amount and the total on the first step
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("purchase-total")).getText())
                .contains("5,000.00");
        assertThat(GridKt._getCellComponent(items, rows.get("PH-01-001"), "amount").getElement().getText()).contains("3,000.00");
        assertThat(GridKt._getCellComponent(items, rows.get("PH-04-002"), "amount").getElement().getText()).contains("2,000.00");
        _click(_get(Button.class, spec -> spec.withId("purchase-next")));
        assertThat(steps.getSelectedIndex()).isEqualTo(1);

        // every missing field of the step at once; the wizard does not move on, by button or by tab
        _click(_get(Button.class, spec -> spec.withId("purchase-next")));
        assertThat(steps.getSelectedIndex()).isEqualTo(1);
        assertThat(((HasValidation) _get(Component.class, spec -> spec.withId("field-title"))).isInvalid()).isTrue();
        assertThat(((HasValidation) _get(Component.class, spec -> spec.withId("field-serviceRecipients"))).isInvalid()).isTrue();
        assertThat(((HasValidation) _get(Component.class, spec -> spec.withId("field-budgetLineId"))).isInvalid()).isTrue();
        steps.setSelectedIndex(2);
        assertThat(steps.getSelectedIndex()).isEqualTo(1);
        assertThat(projectRepository.findAll()).noneMatch(p -> p.getTitle() == null || p.getTitle().isBlank());
    }
}
