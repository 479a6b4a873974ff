package cn.gov.legalprocurement;

import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.catalogue.IndicatorGroup;
import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.catalogue.ServiceUnit;
import cn.gov.legalprocurement.evaluation.Expert;
import cn.gov.legalprocurement.intention.PurchaseIntentionService;
import cn.gov.legalprocurement.organisation.Jurisdiction;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationKind;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.organisation.ProviderType;
import cn.gov.legalprocurement.organisation.SmeSize;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.setup.SetupService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.user.UserDirectory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The world the process tests share (one jurisdiction, its departments, six providers, an expert
 * pool and two published catalogue items), created once through the real services; and a fresh
 * purchasing unit per test so that tests never see each other's spend.
 */
@Component
public class Fixtures {

    public static final String JURISDICTION = "330482";
    public static final String PASSWORD = "Demo-2026!";

    public record Unit(long id, String purchaser, String head, long budgetLineId) {
    }

    /** 平湖市's decentralised-procurement floor in the tests (a local override, as an administrator sets it). */
    public static final String FLOOR = "50000";

    /**
     * The years after the shipped calendar the tests' deadlines reach: confirmed as an administrator would once
     * the State Council's notice is entered. The tests enter no holidays for them, so they count weekends only.
     * 2029 too: a framework agreement runs to the end of 2028, and moving past it fires every due timer of the
     * shared engine, whose periods reach into January 2029.
     */
    public static final List<Integer> CONFIRMED_YEARS = List.of(2027, 2028, 2029);

    private final SetupService setup;
    private final UserDirectory users;
    private final RulesService rules;
    private final PurchaseIntentionService intentions;
    private final DeadlineService deadlines;
    private final AtomicInteger units = new AtomicInteger();
    private boolean created;

    public List<Organisation> providers = new ArrayList<>();
    public List<Expert> experts = new ArrayList<>();
    public CatalogueItem legalAidCase;
    public CatalogueItem villageAdviser;
    public long financeDepartment;

    public Fixtures(SetupService setup, UserDirectory users, RulesService rules, PurchaseIntentionService intentions,
                    DeadlineService deadlines) {
        this.intentions = intentions;
        this.deadlines = deadlines;
        this.setup = setup;
        this.users = users;
        this.rules = rules;
    }

    public synchronized Fixtures world() {
        if (created) {
            return this;
        }
        setup.jurisdiction("330000", "浙江省", null, Jurisdiction.BudgetLevel.PROVINCIAL);
        setup.jurisdiction("330400", "嘉兴市", "330000", Jurisdiction.BudgetLevel.CITY);
        setup.jurisdiction(JURISDICTION, "平湖市", "330400", Jurisdiction.BudgetLevel.COUNTY);
        financeDepartment = setup.organisation("PH-CZJ", "平湖市财政局", OrganisationKind.FINANCE_DEPARTMENT, JURISDICTION).getId();
        long justice = setup.organisation("PH-SFJ", "平湖市司法局", OrganisationKind.JUSTICE_DEPARTMENT, JURISDICTION).getId();
        long pool = setup.organisation("PH-ZJK", "平湖市政府采购评审专家库", OrganisationKind.EXPERT_POOL, JURISDICTION).getId();
        long supervision = setup.organisation("PH-JW", "平湖市纪委监委", OrganisationKind.SUPERVISION_BODY, JURISDICTION).getId();
        setup.user("finance", PASSWORD, "财政局 王科长", financeDepartment, Role.FINANCE);
        setup.user("justice", PASSWORD, "司法局 李科长", justice, Role.JUSTICE);
        setup.user("supervisor", PASSWORD, "纪委监委 赵主任", supervision, Role.SUPERVISOR);
        Actor admin = new Actor("admin", justice, Set.of(Role.ADMIN));
        rules.override(admin, JURISDICTION, Rule.DECENTRALISED_PROCUREMENT_FLOOR, FLOOR);
        for (int year : CONFIRMED_YEARS) {
            if (!deadlines.coveredYears().contains(year)) {
                deadlines.coverYear(admin, year, "测试日历：" + year + " 年未录入节假日（按周末计算）");
            }
        }
        Actor justiceActor = users.actor("justice");
        SmeSize[] sizes = {SmeSize.SMALL, SmeSize.MEDIUM, SmeSize.LARGE, SmeSize.MICRO, SmeSize.MEDIUM, SmeSize.SMALL};
        String[] names = {"浙江平湖东湖律师事务所", "浙江当湖律师事务所", "浙江金平湖律师事务所", "平湖市乍浦法律服务所",
                "平湖市新仓法律服务所", "浙江九龙山律师事务所"};
        for (int i = 0; i < names.length; i++) {
            Organisation p = setup.verifiedProvider(justiceActor, new ProviderService.Registration("PH-LS-0" + (i + 1),
                    names[i], JURISDICTION, i == 3 || i == 4 ? ProviderType.LEGAL_SERVICE_OFFICE : ProviderType.LAW_FIRM,
                    "91330482MA2B" + String.format("%06d", i + 1), "3304" + String.format("%013d", i + 1),
                    LocalDate.of(2029, 12, 31), sizes[i], "联系人" + (i + 1), "0573-8500000" + i));
            setup.user("provider" + (i + 1), PASSWORD, names[i], p.getId(), Role.PROVIDER);
            providers.add(p);
        }
        for (int i = 1; i <= 9; i++) {
            experts.add(setup.expert("expert" + i, PASSWORD, "专家" + i, i % 2 == 0 ? "行政法" : "民商法", pool, null));
        }
        // expert1 worked for the first provider: never on a committee where it bids
        setup.conflict(experts.get(0).getId(), providers.get(0).getId(), "近三年曾在该所执业", LocalDate.of(2028, 6, 30));
        setup.catalogueClass("01", "法律援助", "公共法律服务");
        setup.catalogueClass("02", "村（社区）法律顾问", "公共法律服务");
        legalAidCase = setup.publishedItem(justiceActor, justiceActor, users.actor("finance"), new CatalogueService.Proposal(
                "PH-01-003", "法律援助案件代理", "01", "为经济困难公民提供诉讼代理", ServiceUnit.CASE, Money.yuan(3000),
                "财政", 2027, List.of(new CatalogueService.IndicatorDraft(IndicatorGroup.SERVICE_RESULTS, Measure.CASES,
                        "办结法律援助案件", Money.yuan(1)))));
        villageAdviser = setup.publishedItem(justiceActor, justiceActor, users.actor("finance"), new CatalogueService.Proposal(
                "PH-02-001", "村（社区）法律顾问", "02", "每村（社区）每月驻点服务不少于 8 小时", ServiceUnit.MONTH,
                Money.yuan(2000), "财政", 2027, List.of(
                        new CatalogueService.IndicatorDraft(IndicatorGroup.SERVICE_RESULTS, Measure.SERVICE_HOURS, "驻点服务时长", Money.yuan(8)),
                        new CatalogueService.IndicatorDraft(IndicatorGroup.SERVICE_RESULTS, Measure.CONSULTATIONS, "法律咨询", Money.yuan(10)))));
        created = true;
        return this;
    }

    /** A new purchasing unit with its purchaser, its head and a 2027 budget line. */
    /**
     * A new unit that published, 31 days before now, its purchase intentions (财库〔2020〕10号) for both catalogue
     * items: its procurements may start at once.
     */
    public Unit newUnit(String approvedYuan) {
        Unit unit = newUnitWithoutIntentions(approvedYuan);
        Date now = ClockUtil.getCurrentTime();
        ClockUtil.setCurrentTime(Date.from(now.toInstant().minus(Duration.ofDays(31))));
        try {
            YearMonth month = YearMonth.from(now.toInstant().atZone(PortalClock.ZONE));
            for (CatalogueItem item : List.of(legalAidCase, villageAdviser)) {
                intentions.publish(actor(unit.purchaser()), new PurchaseIntentionService.Draft(item.getId(),
                        item.getName() + "服务", "为辖区群众提供" + item.getName() + "服务", new BigDecimal(approvedYuan), month));
            }
        } finally {
            ClockUtil.setCurrentTime(now);
        }
        return unit;
    }

    /** A new unit that has published no purchase intention. */
    public Unit newUnitWithoutIntentions(String approvedYuan) {
        world();
        int n = units.incrementAndGet();
        Organisation unit = setup.organisation("PH-U" + n, "平湖市测试单位" + n, OrganisationKind.PURCHASING_UNIT, JURISDICTION);
        setup.contact(unit.getId(), "经办人" + n, "0573-8520" + String.format("%04d", n), "平湖市当湖街道测试路 " + n + " 号");
        setup.user("purchaser-u" + n, PASSWORD, "经办人" + n, unit.getId(), Role.PURCHASER);
        setup.user("head-u" + n, PASSWORD, "负责人" + n, unit.getId(), Role.PURCHASER_HEAD);
        long line = setup.budgetLine("2027-U" + n + "-01", unit.getId(), 2027, "政府购买法律服务", Money.yuan(approvedYuan)).getId();
        return new Unit(unit.getId(), "purchaser-u" + n, "head-u" + n, line);
    }

    public void user(String username, long organisationId, Role role) {
        setup.user(username, PASSWORD, username, organisationId, role);
    }

    public Actor actor(String username) {
        return users.actor(username);
    }
}
