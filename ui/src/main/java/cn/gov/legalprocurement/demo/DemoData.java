package cn.gov.legalprocurement.demo;

import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.catalogue.CatalogueService.IndicatorDraft;
import cn.gov.legalprocurement.catalogue.IndicatorGroup;
import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.catalogue.ServiceUnit;
import cn.gov.legalprocurement.organisation.Jurisdiction;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationKind;
import cn.gov.legalprocurement.organisation.OrganisationService;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the embedded default (first start only, {@code portal.demo-data=true}): Pinghu's
 * jurisdiction with its departments, a guiding catalogue of 4 classes and 20 items, three
 * purchasing units, six providers, an expert pool, budget lines, one user per role, and projects
 * standing at different stages. Everything goes through the real services, in one transaction.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo-2026!";
    static final String JURISDICTION = "330482";
    /**
     * 平湖市's decentralised-procurement floor in the demo, set by the administrator as a local rule: a
     * figure for the walk-through, low enough that the demo has both purchases below it and
     * competitive procurements above it (set the published local standard in a real jurisdiction).
     */
    static final String FLOOR = "50000";

    /**
     * Why the demo's tenders are not reserved for SMEs (财库〔2020〕46号): the demo's bidders include a large law firm.
     * A trainee's own tender up to the limit is reserved by default.
     */
    static final String NOT_FOR_SMES = "本地符合资质条件的中小企业法律服务机构不足，预留份额无法确保充分供应、充分竞争";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SetupService setup;
    private final UserDirectory users;
    private final OrganisationService organisations;
    private final DemoProjects projects;
    private final RulesService rules;
    private final TransactionTemplate transaction;
    private final DeadlineService deadlines;

    DemoData(SetupService setup, UserDirectory users, OrganisationService organisations, DemoProjects projects,
             RulesService rules, TransactionTemplate transaction, DeadlineService deadlines) {
        this.deadlines = deadlines;
        this.setup = setup;
        this.rules = rules;
        this.users = users;
        this.organisations = organisations;
        this.projects = projects;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisations.any()) {
            return;
        }
        log.info("Loading demo data (first start of the embedded default)...");
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: log in as purchaser / head / finance / justice / provider1..6 / expert1..9 / "
                + "supervisor / admin with password {}", PASSWORD);
    }

    private void load() {
        setup.jurisdiction("330000", "浙江省", null, Jurisdiction.BudgetLevel.PROVINCIAL);
        setup.jurisdiction("330400", "嘉兴市", "330000", Jurisdiction.BudgetLevel.CITY);
        setup.jurisdiction(JURISDICTION, "平湖市", "330400", Jurisdiction.BudgetLevel.COUNTY);
        Organisation finance = setup.organisation("PH-CZJ", "平湖市财政局", OrganisationKind.FINANCE_DEPARTMENT, JURISDICTION);
        Organisation justice = setup.organisation("PH-SFJ", "平湖市司法局", OrganisationKind.JUSTICE_DEPARTMENT, JURISDICTION);
        Organisation supervision = setup.organisation("PH-JW", "平湖市纪委监委", OrganisationKind.SUPERVISION_BODY, JURISDICTION);
        Organisation pool = setup.organisation("PH-ZJK", "平湖市政府采购评审专家库", OrganisationKind.EXPERT_POOL, JURISDICTION);
        Organisation aidCentre = setup.organisation("PH-FYZX", "平湖市法律援助中心", OrganisationKind.PURCHASING_UNIT, JURISDICTION);
        Organisation danghu = setup.organisation("PH-DHJD", "平湖市当湖街道办事处", OrganisationKind.PURCHASING_UNIT, JURISDICTION);
        Organisation office = setup.organisation("PH-ZFB", "平湖市人民政府办公室", OrganisationKind.PURCHASING_UNIT, JURISDICTION);

        setup.contact(aidCentre.getId(), "陈经办", "0573-85101148", "平湖市当湖街道胜利路 298 号公共法律服务中心");
        setup.contact(danghu.getId(), "吴经办", "0573-85012345", "平湖市当湖街道环城南路 1 号");
        setup.contact(office.getId(), "孙经办", "0573-85021234", "平湖市当湖街道新华中路 1 号");
        setup.user("admin", PASSWORD, "系统管理员", justice.getId(), Role.ADMIN);
        setup.user("finance", PASSWORD, "财政局 王科长", finance.getId(), Role.FINANCE);
        setup.user("justice", PASSWORD, "司法局 李科长", justice.getId(), Role.JUSTICE);
        setup.user("supervisor", PASSWORD, "纪委监委 赵主任", supervision.getId(), Role.SUPERVISOR);
        setup.user("purchaser", PASSWORD, "法律援助中心 陈经办", aidCentre.getId(), Role.PURCHASER);
        setup.user("head", PASSWORD, "法律援助中心 周主任", aidCentre.getId(), Role.PURCHASER_HEAD);
        setup.user("purchaser-danghu", PASSWORD, "当湖街道 吴经办", danghu.getId(), Role.PURCHASER);
        setup.user("head-danghu", PASSWORD, "当湖街道 郑主任", danghu.getId(), Role.PURCHASER_HEAD);
        setup.user("purchaser-office", PASSWORD, "市府办 孙经办", office.getId(), Role.PURCHASER);
        setup.user("head-office", PASSWORD, "市府办 钱主任", office.getId(), Role.PURCHASER_HEAD);

        rules.override(users.actor("admin"), JURISDICTION, Rule.DECENTRALISED_PROCUREMENT_FLOOR, FLOOR);
        coverCalendarYears(users.actor("admin"));
        Actor justiceActor = users.actor("justice");
        providers(justiceActor);
        for (int i = 1; i <= 9; i++) {
            setup.expert("expert" + i, PASSWORD, EXPERT_NAMES[i - 1], i % 3 == 0 ? "行政法" : i % 3 == 1 ? "民商法" : "社会治理",
                    pool.getId(), null);
        }
        Map<String, CatalogueItem> items = catalogue(justiceActor, users.actor("finance"));
        int year = PortalClock.dayOf(java.time.Instant.now()).getYear();
        for (Organisation unit : List.of(aidCentre, danghu, office)) {
            for (int y = year - 1; y <= year + 1; y++) {
                setup.budgetLine(y + "-" + unit.getCode() + "-FL", unit.getId(), y, y + "年度政府购买法律服务",
                        Money.yuan(unit == aidCentre ? "5000000" : "1500000"));
            }
        }
        projects.load(items);
    }

    /**
     * The demo's deadlines reach up to two years ahead; a year whose State Council notice the shipped calendar
     * lacks is confirmed by the demo's administrator as a training assumption (weekends only), shown so at /rules.
     * A production administrator enters the notice's days before confirming a year.
     */
    private void coverCalendarYears(Actor admin) {
        int thisYear = PortalClock.dayOf(java.time.Instant.now()).getYear();
        for (int y = thisYear; y <= thisYear + 2; y++) {
            if (!deadlines.coveredYears().contains(y)) {
                deadlines.coverYear(admin, y, "演示数据：未录入国务院办公厅 " + y + " 年节假日安排的通知，仅按周末计算（培训用，正式运行须先录入该通知）");
            }
        }
    }

    private static final String[] EXPERT_NAMES = {"黄立新", "徐文静", "沈建国", "陆晓燕", "金志强", "朱丽华", "蒋文博", "顾敏", "杨海涛"};

    private void providers(Actor justice) {
        String[][] rows = {
                {"PH-LS-01", "浙江东湖律师事务所", "LAW_FIRM", "SMALL"},
                {"PH-LS-02", "浙江当湖律师事务所", "LAW_FIRM", "MEDIUM"},
                {"PH-LS-03", "浙江金平湖律师事务所", "LAW_FIRM", "LARGE"},
                {"PH-FW-01", "平湖市乍浦法律服务所", "LEGAL_SERVICE_OFFICE", "MICRO"},
                {"PH-FW-02", "平湖市新仓法律服务所", "LEGAL_SERVICE_OFFICE", "MICRO"},
                {"PH-TJ-01", "平湖市和合调解服务中心", "MEDIATION_COMMITTEE", "SMALL"}};
        for (int i = 0; i < rows.length; i++) {
            Organisation p = setup.verifiedProvider(justice, new ProviderService.Registration(rows[i][0], rows[i][1],
                    JURISDICTION, ProviderType.valueOf(rows[i][2]), "91330482MA2B" + String.format("%06d", i + 1),
                    "3304" + String.format("%013d", 20260001 + i), PortalClock.dayOf(java.time.Instant.now()).plusYears(3),
                    SmeSize.valueOf(rows[i][3]), "联系人" + (i + 1), "0573-8510000" + i));
            setup.user("provider" + (i + 1), PASSWORD, rows[i][1], p.getId(), Role.PROVIDER);
        }
    }

    /** The guiding catalogue: 4 classes, 20 items, unit prices and indicators per unit (Pinghu style). */
    private Map<String, CatalogueItem> catalogue(Actor justice, Actor finance) {
        setup.catalogueClass("01", "法律援助", "公共法律服务");
        setup.catalogueClass("02", "法律顾问", "公共法律服务");
        setup.catalogueClass("03", "人民调解", "社会治理");
        setup.catalogueClass("04", "法治宣传与法律咨询", "公共法律服务");
        Object[][] rows = {
                {"PH-01-001", "法律援助工作站值班", "01", ServiceUnit.DAY, "300", Measure.DUTY_DAYS, "1"},
                {"PH-01-002", "看守所法律援助值班律师", "01", ServiceUnit.DAY, "300", Measure.DUTY_DAYS, "1"},
                {"PH-01-003", "法律援助民事案件代理", "01", ServiceUnit.CASE, "3000", Measure.CASES, "1"},
                {"PH-01-004", "法律援助刑事案件辩护", "01", ServiceUnit.CASE, "3500", Measure.CASES, "1"},
                {"PH-01-005", "认罪认罚案件值班律师帮助", "01", ServiceUnit.CASE, "200", Measure.CASES, "1"},
                {"PH-02-001", "村（社区）法律顾问", "02", ServiceUnit.MONTH, "2000", Measure.SERVICE_HOURS, "8"},
                {"PH-02-002", "政府法律顾问", "02", ServiceUnit.YEAR, "80000", Measure.DOCUMENTS_REVIEWED, "60"},
                {"PH-02-003", "行政规范性文件合法性审查", "02", ServiceUnit.ITEM, "1500", Measure.DOCUMENTS_REVIEWED, "1"},
                {"PH-02-004", "重大行政决策法律论证", "02", ServiceUnit.ITEM, "5000", Measure.DOCUMENTS_REVIEWED, "1"},
                {"PH-02-005", "企业合规法律体检", "02", ServiceUnit.ITEM, "3000", Measure.DOCUMENTS_REVIEWED, "1"},
                {"PH-03-001", "人民调解员驻点调解", "03", ServiceUnit.DAY, "300", Measure.DUTY_DAYS, "1"},
                {"PH-03-002", "矛盾纠纷调解案件", "03", ServiceUnit.CASE, "500", Measure.MEDIATIONS, "1"},
                {"PH-03-003", "医疗纠纷专业调解", "03", ServiceUnit.CASE, "1500", Measure.MEDIATIONS, "1"},
                {"PH-03-004", "交通事故纠纷调解", "03", ServiceUnit.CASE, "800", Measure.MEDIATIONS, "1"},
                {"PH-03-005", "诉前委派调解", "03", ServiceUnit.CASE, "600", Measure.MEDIATIONS, "1"},
                {"PH-04-001", "12348 热线法律咨询", "04", ServiceUnit.HOUR, "100", Measure.CONSULTATIONS, "4"},
                {"PH-04-002", "法治宣传讲座", "04", ServiceUnit.SESSION, "1000", Measure.LECTURES, "1"},
                {"PH-04-003", "公共法律服务中心窗口值班", "04", ServiceUnit.DAY, "300", Measure.DUTY_DAYS, "1"},
                {"PH-04-004", "\"法律明白人\"培训", "04", ServiceUnit.SESSION, "1500", Measure.LECTURES, "1"},
                {"PH-04-005", "网络法律咨询答复", "04", ServiceUnit.ITEM, "50", Measure.CONSULTATIONS, "1"}};
        Map<String, CatalogueItem> items = new HashMap<>();
        int year = PortalClock.dayOf(java.time.Instant.now()).getYear();
        for (Object[] r : rows) {
            List<IndicatorDraft> indicators = List.of(new IndicatorDraft(IndicatorGroup.SERVICE_RESULTS, (Measure) r[5],
                    "完成" + r[1] + "数量", Money.yuan((String) r[6])));
            items.put((String) r[0], setup.publishedItem(justice, justice, finance, new CatalogueService.Proposal(
                    (String) r[0], (String) r[1], (String) r[2], "平湖市政府购买法律服务指导性目录事项：" + r[1],
                    (ServiceUnit) r[3], Money.yuan((String) r[4]), "财政", year, indicators)));
        }
        return items;
    }
}
