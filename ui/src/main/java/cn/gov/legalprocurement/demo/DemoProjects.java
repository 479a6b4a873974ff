package cn.gov.legalprocurement.demo;

import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.project.CallOffRule;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.Executions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Projects for the demo, each left where a user of one role has a task waiting: a head to approve an
 * application, finance to review a budget, providers to bid, experts to score, a head to confirm the
 * winner, a provider and a purchaser to sign, a provider to report, a purchaser to accept, a head to
 * approve a payment and finance to release one — and a contract in performance whose next period a
 * trainee reaches with the training clock. Those already past the bid deadline were carried through
 * their earlier stages on a borrowed clock (see {@link DemoJourneys}), timed so that the statutory
 * period before their waiting task has just ended and the task's own time to answer is still ahead.
 */
@Component
class DemoProjects {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final DemoJourneys journeys;
    private final DeadlineService deadlines;
    private final RulesService rules;
    private final ProcessEngine engine;
    private Instant present;
    private LocalDate today;

    DemoProjects(DemoJourneys journeys, DeadlineService deadlines, RulesService rules, ProcessEngine engine) {
        this.journeys = journeys;
        this.deadlines = deadlines;
        this.rules = rules;
        this.engine = engine;
    }

    void load(Map<String, CatalogueItem> items) {
        Optional<JobExecutor> running = Executions.runningJobExecutor(engine);
        running.ifPresent(JobExecutor::shutdown);
        present = Instant.now();
        // the day as it was a few minutes ago, so that a timer due at its start is never in the future
        today = PortalClock.dayOf(present.minus(Duration.ofMinutes(5)));
        try {
            // the walkthrough's purchases (docs/guides/walkthrough.md): their units published the intentions already
            YearMonth next = YearMonth.from(today).plusMonths(1);
            journeys.intention("purchaser", items.get("PH-01-001"), "法律援助工作站值班服务", "平湖市法律援助工作站来访群众",
                    new BigDecimal("2100000"), next);
            journeys.intention("purchaser-office", items.get("PH-02-002"), "政府法律顾问服务", "市政府及其工作部门",
                    new BigDecimal("80000"), next);
            inPerformance(items.get("PH-03-001"));
            waitingForHead(items.get("PH-02-001"));
            belowTheFloor(items.get("PH-02-001"));
            waitingForFinance(items.get("PH-01-003"));
            openForBids(items.get("PH-04-001"));
            negotiating(items.get("PH-03-003"));
            waitingForScores(items.get("PH-01-002"));
            waitingForTheWinner(items.get("PH-02-004"));
            awardToPublish(items.get("PH-02-003"));
            bondsDueBack(items.get("PH-01-002"));
            waitingForSignatures(items.get("PH-03-002"), items.get("PH-01-005"));
            underFrameworkAgreement(items.get("PH-02-001"));
            termEnded(items.get("PH-01-001"), items.get("PH-04-002"), items.get("PH-02-003"), items.get("PH-04-003"));
        } finally {
            DemoJourneys.present();
            running.ifPresent(JobExecutor::start);
        }
    }

    /** 当湖街道: 20 villages' legal advisers for next year, waiting for the head's approval. */
    private void waitingForHead(CatalogueItem adviser) {
        LocalDate start = LocalDate.of(today.getYear() + 1, 1, 1);
        journeys.apply("purchaser-danghu", "head-danghu", "当湖街道" + start.getYear() + "年度村（社区）法律顾问服务", adviser, "240",
                "当湖街道 20 个村（社区）居民", start, start.plusYears(1).minusDays(1));
    }

    /**
     * 当湖街道: one community's legal adviser for ten months, 20,000 CNY, below 平湖市's floor: approved and
     * committed, the purchaser now commissions a provider directly or compares quotes.
     */
    private void belowTheFloor(CatalogueItem adviser) {
        LocalDate start = today.plusMonths(1).withDayOfMonth(1);
        journeys.apply("purchaser-danghu", "head-danghu", "当湖街道鹦鹉洲社区法律顾问服务（十个月）", adviser, "10",
                "鹦鹉洲社区居民", start, start.plusMonths(10).minusDays(1)).approve().reviewBudget();
    }

    /** 法律援助中心: 700 legal-aid cases, above the review amount: waiting for FINANCE. */
    private void waitingForFinance(CatalogueItem cases) {
        LocalDate start = LocalDate.of(today.getYear() + 1, 1, 1);
        journeys.apply("purchaser", "head", "平湖市" + start.getYear() + "年度法律援助民事案件代理服务", cases, "700",
                "符合法律援助条件的经济困难公民", start, start.plusYears(1).minusDays(1)).approve();
    }

    /** 市府办: 12348 hotline hours by competitive consultation, open for bids; two providers have bid. */
    private void openForBids(CatalogueItem hotline) {
        LocalDate start = today.plusMonths(2).withDayOfMonth(1);
        DemoJourneys.Journey j = journeys.apply("purchaser-office", "head-office", "12348 公共法律服务热线咨询服务", hotline,
                "2000", "拨打 12348 热线的群众", start, start.plusYears(1).minusDays(1)).approve().reviewBudget();
        j.publish(deadlines.firstWorkingDayAt(j.proposedDeadline().plus(Duration.ofDays(2)), LocalTime.of(9, 0)),
                        "热线接听方案、值班律师资质、服务质量保障措施")
                .bid("provider2", "176000").bid("provider4", "168000");
        j.keys().forEach((provider, key) -> log.info(
                "Demo data: the bid key of {} for {} (to decrypt it at the opening) is {}", provider, j.project().getCode(), key));
    }

    /** 法律援助中心: mediators on duty since two weeks ago; the first period's report falls due in two weeks. */
    private void inPerformance(CatalogueItem mediator) {
        DemoJourneys.at(present.minus(Duration.ofDays(45)));
        LocalDate start = today.minusDays(15);
        DemoJourneys.Journey j = journeys.apply("purchaser", "head", "人民调解员驻点调解服务", mediator, "250",
                "平湖市公共法律服务中心来访群众", start, start.plusYears(1).minusDays(1)).approve().reviewBudget();
        j.publish(j.proposedDeadline(), "调解员资质与经验、驻点工作方案、矛盾纠纷化解成效")
                .bid("provider6", "72000").bid("provider1", "74000").bid("provider5", "69000")
                .open().negotiate().score().confirmWinner().publishAward().closeChallengeWindow()
                .prepareContract("人民调解员每工作日驻点调解，受理、调处矛盾纠纷", "驻点 250 天，调解成功率不低于 85%",
                        "驻点 250 天；回访满意率不低于 90%")
                .signByProvider().signByPurchaser().publishContract();
        DemoJourneys.present();
    }

    /**
     * 法律援助中心: medical-dispute mediation by competitive consultation; the first responses were opened some
     * hours ago, the panel's chair records the consultation round and asks for final quotations.
     */
    private void negotiating(CatalogueItem medicalMediation) {
        openedJustNow("purchaser", "head", "医疗纠纷人民调解专业服务", medicalMediation, "60", "本市医疗纠纷当事人",
                "provider2", "provider5", "provider6");
        DemoJourneys.present();
    }

    /** 法律援助中心: duty lawyers at the detention centre; the final quotations were opened, the experts score. */
    private void waitingForScores(CatalogueItem dutyLawyer) {
        openedJustNow("purchaser", "head", "看守所法律援助值班律师服务", dutyLawyer, "250", "看守所在押犯罪嫌疑人、被告人",
                "provider1", "provider3", "provider5").negotiate();
        DemoJourneys.present();
    }

    /** 市府办: legal opinions on major decisions; the committee has scored, the head confirms the winner. */
    private void waitingForTheWinner(CatalogueItem opinion) {
        openedJustNow("purchaser-office", "head-office", "重大行政决策法律论证服务", opinion, "12", "市政府及其工作部门",
                "provider2", "provider3", "provider4").negotiate().score();
        DemoJourneys.present();
    }

    /** 市府办: legality review of normative documents; the head confirmed the winner, the purchaser publishes the notice. */
    private void awardToPublish(CatalogueItem review) {
        openedJustNow("purchaser-office", "head-office", "行政规范性文件合法性审核服务", review, "40", "市政府及其工作部门",
                "provider1", "provider4", "provider5").negotiate().score().confirmWinner();
        DemoJourneys.present();
    }

    /**
     * 法律援助中心: duty lawyers at the compulsory rehabilitation centre; the documents asked a bid bond and the head
     * confirmed the winner this morning: the other bidders' bonds are due back within five working days, and the
     * purchaser's refund task shows them.
     */
    private void bondsDueBack(CatalogueItem dutyLawyer) {
        openedJustNow("1000", "purchaser", "head", "强制隔离戒毒所法律援助值班律师服务", dutyLawyer, "250", "强制隔离戒毒人员",
                "provider2", "provider4", "provider6").negotiate().score().confirmWinner().publishAward();
        DemoJourneys.present();
    }

    /** The bids opened three hours ago; the clock stays borrowed at the end of the opening (the caller gives it back). */
    private DemoJourneys.Journey openedJustNow(String purchaser, String head, String title, CatalogueItem item, String quantity,
                               String recipients, String... bidders) {
        return openedJustNow(null, purchaser, head, title, item, quantity, recipients, bidders);
    }

    /** The same; the documents ask this bid bond (none when null). */
    private DemoJourneys.Journey openedJustNow(String bidBond, String purchaser, String head, String title, CatalogueItem item,
                                               String quantity, String recipients, String... bidders) {
        Instant deadline = latestWorkingMomentBy(present.minus(Duration.ofHours(3)));
        DemoJourneys.at(deadline.minus(Duration.ofDays(26)).plus(Duration.ofHours(3)));
        LocalDate start = today.plusMonths(1).withDayOfMonth(1);
        DemoJourneys.Journey j = journeys.apply(purchaser, head, title, item, quantity, recipients, start,
                start.plusYears(1).minusDays(1)).approve().reviewBudget();
        if (bidBond != null) {
            j.bidBond(bidBond);
        }
        j.publish(deadline, "团队资质与执业经验、服务方案、应急响应与质量保障")
                .bids(i -> String.valueOf(58000 - 1500 * i), bidders).open();
        return j;
    }

    /**
     * {@code latest} when it falls on a working day (a bid deadline on a rest day is refused by default),
     * else 17:00 of the working day before.
     */
    private Instant latestWorkingMomentBy(Instant latest) {
        LocalDate day = PortalClock.dayOf(latest);
        if (deadlines.isWorkingDay(day)) {
            return latest;
        }
        do {
            day = day.minusDays(1);
        } while (!deadlines.isWorkingDay(day));
        return day.atTime(17, 0).atZone(PortalClock.ZONE).toInstant();
    }

    /**
     * 当湖街道: a two-year framework agreement (110号令) for village legal advisers, shortlisted six weeks ago and in
     * force since a few days; its call-offs go by rotation. 法律援助中心 has made a call-off, offered to the first
     * shortlisted supplier, who has to answer; any unit of 平湖市 may make another.
     */
    private void underFrameworkAgreement(CatalogueItem adviser) {
        DemoJourneys.at(present.minus(Duration.ofDays(45)));
        LocalDate start = today.minusDays(3);
        DemoJourneys.Journey stageOne = journeys.apply("purchaser-danghu", "head-danghu", "当湖街道村（社区）法律顾问服务框架协议",
                adviser, "60", "当湖街道各村（社区）居民", start, start.plusYears(2).minusDays(1), true, null).approve().reviewBudget();
        stageOne.publish(stageOne.proposedDeadline(), "驻点服务方案、律师团队资质与稳定性、响应时限", CallOffRule.ROTATION)
                .bids(i -> String.valueOf(118000 - 2500 * i), "provider1", "provider3", "provider4", "provider6")
                .open().score().publishShortlist().closeChallengeWindow();
        DemoJourneys.present();
        journeys.apply("purchaser", "head", "法律援助中心驻村法律顾问服务（框架协议合同授予）", adviser, "6", "新埭镇鱼圻塘村居民",
                today.plusMonths(1).withDayOfMonth(1), today.plusMonths(7).withDayOfMonth(1).minusDays(1), false,
                journeys.agreementOf(stageOne)).approve().reviewBudget().offerCallOff();
    }

    /**
     * 当湖街道 and 法律援助中心: their challenge windows have ended (the latest award whose window ended by
     * today's midnight); one contract waits for the provider's signature, the other (signed by the
     * provider) for the purchaser's.
     */
    private void waitingForSignatures(CatalogueItem mediation, CatalogueItem pleaDuty) {
        DemoJourneys.Journey toProvider = awardedDaysAgo("purchaser-danghu", "head-danghu", "当湖街道矛盾纠纷调解案件服务",
                mediation, "120", "当湖街道辖区群众", "provider6", "provider4", "provider5");
        DemoJourneys.Journey toPurchaser = awardedDaysAgo("purchaser", "head", "认罪认罚案件值班律师帮助服务", pleaDuty,
                "300", "认罪认罚案件犯罪嫌疑人、被告人", "provider1", "provider2", "provider3");
        DemoJourneys.present();
        toProvider.prepareContract("受理辖区矛盾纠纷调解案件，调处并回访", "调解案件 120 件，调解成功率不低于 85%",
                "调解案件 120 件；回访满意率不低于 90%");
        toPurchaser.prepareContract("在看守所、法院为认罪认罚案件犯罪嫌疑人、被告人提供法律帮助", "法律帮助 300 件",
                "法律帮助 300 件；投诉率不高于 1%").signByProvider();
    }

    /** A project awarded on the latest morning whose challenge window has ended by today's midnight. */
    private DemoJourneys.Journey awardedDaysAgo(String purchaser, String head, String title, CatalogueItem item,
                                                String quantity, String recipients, String... bidders) {
        // the announcement's working day, then the challenge period from its end
        int challengeDays = rules.forJurisdiction(DemoData.JURISDICTION).workingDays(Rule.AWARD_ANNOUNCEMENT_WORKING_DAYS)
                + rules.forJurisdiction(DemoData.JURISDICTION).workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS);
        LocalDate awardDay = today.minusDays(1);
        while (!deadlines.isWorkingDay(awardDay) || !deadlines.addWorkingDays(awardDay, challengeDays).isBefore(today)) {
            awardDay = awardDay.minusDays(1);
        }
        Instant deadline = PortalClock.startOfDay(awardDay).plus(Duration.ofHours(8));
        DemoJourneys.at(deadline.minus(Duration.ofDays(25)));
        LocalDate start = today.plusMonths(1).withDayOfMonth(1);
        DemoJourneys.Journey j = journeys.apply(purchaser, head, title, item, quantity, recipients, start,
                start.plusYears(1).minusDays(1)).approve().reviewBudget().publish(deadline, "团队资质与执业经验、服务方案、质量保障措施");
        return j.bids(i -> String.valueOf(57000 - 1200 * i), bidders).open().negotiate().score().confirmWinner().publishAward()
                .closeChallengeWindow();
    }

    /**
     * Four one-month services below the floor, bought by comparing three quotes, whose term ended
     * yesterday: one waits for the provider's report, one for
     * the purchaser's acceptance, one for the head's payment approval, one for finance to pay.
     */
    private void termEnded(CatalogueItem dutyDays, CatalogueItem lectures, CatalogueItem reviews, CatalogueItem window) {
        DemoJourneys.Journey toReport = servedLastMonth("purchaser-office", "head-office", "市府办法律援助工作站值班服务（试行一个月）",
                dutyDays, "22", "来访咨询群众", "provider4", "provider5", "provider6");
        DemoJourneys.Journey toAccept = servedLastMonth("purchaser", "head", "法律援助中心法治宣传讲座（一个月）", lectures, "8",
                "辖区群众", "provider2", "provider3", "provider4");
        DemoJourneys.Journey toApprove = servedLastMonth("purchaser", "head", "规范性文件合法性审查服务（一个月）", reviews, "10",
                "法律援助中心", "provider1", "provider3", "provider5");
        DemoJourneys.Journey toRelease = servedLastMonth("purchaser-danghu", "head-danghu", "当湖街道公共法律服务窗口值班（一个月）",
                window, "22", "当湖街道来访群众", "provider5", "provider6", "provider1");
        for (DemoJourneys.Journey j : new DemoJourneys.Journey[]{toReport, toAccept, toApprove, toRelease}) {
            j.endTerm();
        }
        DemoJourneys.present();
        toAccept.report();
        toApprove.report().accept();
        toRelease.report().accept().approvePayment();
    }

    /**
     * The start of a one-month term ending on the day: a month back, but never so early that a month from
     * the start still falls within the term (31 March plus a month is 30 April: that term would have two
     * monthly periods, and the demo would wait for the second).
     */
    static LocalDate startOfOneMonthEndingOn(LocalDate end) {
        LocalDate start = end.minusMonths(1).plusDays(1);
        while (!start.plusMonths(1).isAfter(end)) {
            start = start.plusDays(1);
        }
        return start;
    }

    private DemoJourneys.Journey servedLastMonth(String purchaser, String head, String title, CatalogueItem item,
                                                 String quantity, String recipients, String... quoting) {
        LocalDate end = today.minusDays(1);
        LocalDate start = startOfOneMonthEndingOn(end);
        DemoJourneys.at(PortalClock.startOfDay(start).minus(Duration.ofDays(45)).plus(Duration.ofHours(9)));
        BigDecimal estimate = item.getUnitPrice().multiply(new BigDecimal(quantity));
        return journeys.apply(purchaser, head, title, item, quantity, recipients, start, end).approve().reviewBudget()
                .compareQuotes(i -> estimate.multiply(BigDecimal.valueOf(92 + 2L * i, 2)).setScale(0, RoundingMode.HALF_UP)
                        .toPlainString(), quoting)
                .prepareContract(title, quantity + " 个服务单位，按采购需求完成", "按合同约定完成全部服务量；服务对象满意率不低于 90%")
                .signByProvider().signByPurchaser().publishContract();
    }
}
