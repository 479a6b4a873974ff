package cn.gov.legalprocurement.demo;

import cn.gov.legalprocurement.budget.BudgetLine;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.contract.ContractTasks;
import cn.gov.legalprocurement.evaluation.EvaluationTasks;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.project.ApplicationDecision;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectTasks;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidEnvelope;
import cn.gov.legalprocurement.tender.TenderService;
import cn.gov.legalprocurement.tender.TenderTasks;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Projects for the demo, each left at a different stage. The one already in performance was carried
 * through its earlier stages with the engine's clock set back, as if it had started six weeks ago;
 * the job executor pauses meanwhile so that it never sees the borrowed time.
 */
@Component
class DemoProjects {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final ProjectService projects;
    private final BudgetService budget;
    private final TenderService tender;
    private final WorkTaskService tasks;
    private final UserDirectory users;
    private final ProcessEngine engine;

    DemoProjects(ProjectService projects, BudgetService budget, TenderService tender, WorkTaskService tasks,
                 UserDirectory users, ProcessEngine engine) {
        this.projects = projects;
        this.budget = budget;
        this.tender = tender;
        this.tasks = tasks;
        this.users = users;
        this.engine = engine;
    }

    void load(Map<String, CatalogueItem> items, List<Organisation> providers) {
        Optional<JobExecutor> running = Executions.runningJobExecutor(engine);
        running.ifPresent(JobExecutor::shutdown);
        try {
            inPerformance(items.get("PH-03-001"));
            ClockUtil.reset();
            waitingForHead(items.get("PH-02-001"));
            waitingForFinance(items.get("PH-01-003"));
            openForBids(items.get("PH-04-001"));
        } finally {
            ClockUtil.reset();
            running.ifPresent(JobExecutor::start);
        }
    }

    /** 当湖街道: 20 villages' legal advisers for next year, waiting for the head's approval. */
    private void waitingForHead(CatalogueItem adviser) {
        LocalDate start = LocalDate.of(PortalClock.dayOf(now()).getYear() + 1, 1, 1);
        apply("purchaser-danghu", "当湖街道2027年度村（社区）法律顾问服务", adviser, "240", "当湖街道 20 个村（社区）居民",
                start, start.plusYears(1).minusDays(1));
    }

    /** 法律援助中心: 700 legal-aid cases, above the review amount: waiting for FINANCE. */
    private void waitingForFinance(CatalogueItem cases) {
        LocalDate start = LocalDate.of(PortalClock.dayOf(now()).getYear() + 1, 1, 1);
        ProcurementProject p = apply("purchaser", "平湖市2027年度法律援助民事案件代理服务", cases, "700",
                "符合法律援助条件的经济困难公民", start, start.plusYears(1).minusDays(1));
        complete("head", p, ProcessModel.ProjectApplication.TASK_APPROVE,
                new ProjectTasks.ApprovalForm(ApplicationDecision.APPROVE, "同意申报，按程序报财政审核"));
    }

    /** 市府办: 12348 hotline hours by competitive consultation, open for bids. */
    private void openForBids(CatalogueItem hotline) {
        LocalDate start = PortalClock.dayOf(now()).plusMonths(2).withDayOfMonth(1);
        ProcurementProject p = apply("purchaser-office", "12348 公共法律服务热线咨询服务", hotline, "2000",
                "拨打 12348 热线的群众", start, start.plusYears(1).minusDays(1));
        complete("head-office", p, ProcessModel.ProjectApplication.TASK_APPROVE,
                new ProjectTasks.ApprovalForm(ApplicationDecision.APPROVE, "同意"));
        Instant deadline = tender.earliestBidDeadline(p.getId()).plus(Duration.ofDays(2)).plus(Duration.ofHours(9));
        complete("purchaser-office", p, ProcessModel.Tendering.TASK_PREPARE_DOCUMENTS,
                new TenderTasks.DocumentsForm(20, "热线接听方案、值班律师资质、服务质量保障措施", local(deadline)));
        for (String[] b : new String[][]{{"provider2", "176000"}, {"provider4", "168000"}}) {
            log.info("Demo data: the bid key of {} for {} (to decrypt it at the opening) is {}", b[0], p.getCode(),
                    bid(b[0], p, b[1]));
        }
    }

    /** 法律援助中心: mediators on duty, started six weeks ago, now in performance monitoring. */
    private void inPerformance(CatalogueItem mediator) {
        Instant past = now().minus(Duration.ofDays(45));
        ClockUtil.setCurrentTime(Date.from(past));
        LocalDate start = PortalClock.dayOf(past).plusDays(30);
        ProcurementProject p = apply("purchaser", "人民调解员驻点调解服务", mediator, "250", "平湖市公共法律服务中心来访群众",
                start, start.plusYears(1).minusDays(1));
        complete("head", p, ProcessModel.ProjectApplication.TASK_APPROVE,
                new ProjectTasks.ApprovalForm(ApplicationDecision.APPROVE, "同意"));
        Instant deadline = tender.earliestBidDeadline(p.getId()).plus(Duration.ofHours(10));
        complete("purchaser", p, ProcessModel.Tendering.TASK_PREPARE_DOCUMENTS,
                new TenderTasks.DocumentsForm(20, "调解员资质与经验、驻点工作方案、矛盾纠纷化解成效", local(deadline)));
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("provider6", bid("provider6", p, "72000"));
        keys.put("provider1", bid("provider1", p, "74000"));
        keys.put("provider5", bid("provider5", p, "69000"));
        fireTimersAt(deadline.plusSeconds(60));
        keys.forEach((provider, key) -> tender.decryptBid(users.actor(provider), p.getId(), key));
        fireTimersAt(projects.project(p.getId()).getDecryptionWindowEnds().plusSeconds(60));
        ProcurementProject opened = projects.project(p.getId());
        List<Bid> qualified = tender.currentRound(opened.getId()).stream().filter(Bid::isQualified).toList();
        for (WorkTask scoring : tasks.openTasksOfProject(p.getCode())) {
            Map<Long, BigDecimal> scores = new LinkedHashMap<>();
            for (int i = 0; i < qualified.size(); i++) {
                scores.put(qualified.get(i).getId(), BigDecimal.valueOf(70 - 5L * i));
            }
            tasks.complete(users.actor(scoring.assignee()), scoring.id(), new EvaluationTasks.ScoreForm(true, scores, "同意"));
        }
        Bid first = tender.currentRound(p.getId()).stream().filter(b -> Integer.valueOf(1).equals(b.getRankNo()))
                .findFirst().orElseThrow();
        complete("head", p, ProcessModel.Tendering.TASK_CONFIRM_WINNER, new TenderTasks.ConfirmWinnerForm(first.getId(), null));
        fireTimersAt(projects.project(p.getId()).getChallengeWindowEnds().plusSeconds(60));
        complete("purchaser", p, ProcessModel.ContractSigning.TASK_PREPARE, new ContractTasks.PrepareForm(
                "平湖市公共法律服务中心来访群众", "人民调解员每工作日驻点调解，受理、调处矛盾纠纷", start + " 起一年",
                "驻点 250 天，调解成功率不低于 85%", "甲方提供场地与案源登记，乙方派驻持证调解员并接受考核",
                "合同总价按成交价，验收合格后一次性支付", "驻点 250 天；回访满意率不低于 90%",
                "未达驻点天数的，按缺勤天数比例扣减服务费，最高扣减 20%", BigDecimal.ZERO, 20, 30,
                List.of(new ContractTasks.InstalmentLine(100, "服务期满验收合格后支付"))));
        String provider = "provider" + (providerIndex(first) + 1);
        complete(provider, p, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER, new ContractTasks.SignForm(true));
        complete("purchaser", p, ProcessModel.ContractSignatures.TASK_SIGN_PURCHASER, new ContractTasks.SignForm(true));
    }

    private int providerIndex(Bid bid) {
        for (int i = 0; i < 6; i++) {
            if (users.actor("provider" + (i + 1)).organisationId() == bid.getProviderId()) {
                return i;
            }
        }
        throw new IllegalStateException("No demo user for provider " + bid.getProviderId());
    }

    private ProcurementProject apply(String purchaser, String title, CatalogueItem item, String quantity, String recipients,
                                     LocalDate start, LocalDate end) {
        Actor actor = users.actor(purchaser);
        BudgetLine line = budget.lines(actor).stream().filter(l -> l.getFiscalYear() == start.getYear()).findFirst()
                .orElseThrow();
        return projects.apply(actor, new ProjectService.Application(title, List.of(new ProjectService.Line(item.getId(),
                new BigDecimal(quantity))), recipients, start, end, line.getId(), false, false, false, false, null));
    }

    /**
     * A demo provider seals a bid as their browser would and keeps the key, which the demo hands back at
     * the opening it carries out, or writes to the log for a tender still open (demo data only: a real
     * bidder's key never reaches the server).
     */
    private String bid(String provider, ProcurementProject p, String price) {
        byte[] key = BidEnvelope.newKey();
        tender.submitBid(users.actor(provider), p.getId(), BidEnvelope.seal(new BidEnvelope.Plain(price,
                "拟派团队均具有五年以上执业经验，建立首问负责与回访制度，服务响应不超过 2 小时。", List.of()), key));
        return BidEnvelope.keyText(key);
    }

    private void complete(String username, ProcurementProject p, String taskKey, Object form) {
        Actor actor = users.actor(username);
        WorkTask task = tasks.findTask(actor, p.getCode(), taskKey).orElseThrow(
                () -> new IllegalStateException(username + " has no " + taskKey + " in " + p.getCode()));
        tasks.complete(actor, task.id(), form);
    }

    private void fireTimersAt(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        ManagementService management = engine.getManagementService();
        List<Job> due;
        while (!(due = management.createJobQuery().timers().executable()
                .duedateLowerThan(Date.from(at.plusSeconds(1))).list()).isEmpty()) {
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return instant.atZone(PortalClock.ZONE).toLocalDateTime();
    }
}
