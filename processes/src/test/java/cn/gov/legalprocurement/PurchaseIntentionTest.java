package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.intention.PurchaseIntentionService;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code purchase-intention-days} (30, 财库〔2020〕10号): a unit publishes its purchase intention on the public
 * pages, and the procurement of that service starts (its documents and notice go out) no earlier than 30 days
 * after; an urgent purchase needs none; an intention with a field missing or a past month is refused.
 */
class PurchaseIntentionTest extends ProcessTestSupport {

    @Autowired
    PurchaseIntentionService intentions;
    @Autowired
    PublicationService publication;

    private PurchaseIntentionService.Draft draft(String title, String budget, YearMonth month) {
        return new PurchaseIntentionService.Draft(fixtures.legalAidCase.getId(), title, "为经济困难群众提供法律援助案件代理",
                budget == null ? null : new BigDecimal(budget), month);
    }

    private long intentionsPublished() {
        return publication.latest(Announcement.Kind.PURCHASE_INTENTION).size();
    }

    @Test
    void aProcurementStartsNoEarlierThanThirtyDaysAfterItsIntention() {
        Unit unit = fixtures.newUnitWithoutIntentions("3000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "700"));
        assertThatThrownBy(() -> publishTender(unit, p, 30)).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.code()).isEqualTo("error.intention.missing");
            assertThat(e.getMessage()).contains("30 日");
        });
        assertThat(reload(p).getTenderRound()).as("a refusal saves nothing").isZero();

        // published on Tuesday 1 December at 09:00: the procurement may start on 31 December at 09:00
        intentions.publish(fixtures.actor(unit.purchaser()), draft("2027年度法律援助案件代理服务", "2100000", YearMonth.of(2027, 1)));
        Announcement notice = publication.latest(Announcement.Kind.PURCHASE_INTENTION).stream()
                .filter(a -> a.getTitle().equals("2027年度法律援助案件代理服务 采购意向")).findFirst().orElseThrow();
        assertThat(notice.getProjectId()).as("an intention comes before any project").isNull();
        assertThat(notice.getBody()).contains("采购需求概况：为经济困难群众提供法律援助案件代理", "2,100,000.00", "2027 年 1 月",
                "平湖市测试单位");
        assertThatThrownBy(() -> publishTender(unit, p, 30)).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.code()).isEqualTo("error.intention.too-recent");
            assertThat(e.getMessage()).contains("2026-12-31 09:00");
        });
        at(START.plus(Duration.ofDays(30)).minusSeconds(60));
        assertThatThrownBy(() -> publishTender(unit, p, 30)).isInstanceOf(PortalException.class);
        at(START.plus(Duration.ofDays(30)));
        assertThat(publishTender(unit, p, 30).getTenderRound()).isEqualTo(1);
    }

    @Test
    void anUrgentPurchaseNeedsNoIntention() {
        Unit unit = fixtures.newUnitWithoutIntentions("3000000");
        ProcurementProject urgent = approveAndCommit(unit, projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application(
                "汛期村（社区）应急法律顾问服务", List.of(new ProjectService.Line(fixtures.villageAdviser.getId(), new BigDecimal("600"))),
                "沿江各村（社区）", TERM_START, TERM_END, unit.budgetLineId(), true, false, false, false, "汛期应急，不能按招标时限采购")));
        assertThat(urgent.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_NEGOTIATION);
        assertThat(publishTender(unit, urgent, 30).getTenderRound()).isEqualTo(1);
    }

    @Test
    void anIntentionNeedsEveryFieldAndAMonthNotPastARefusalPublishesNothing() {
        Unit unit = fixtures.newUnitWithoutIntentions("3000000");
        long before = intentionsPublished();
        var purchaser = fixtures.actor(unit.purchaser());
        assertThatThrownBy(() -> intentions.publish(purchaser, draft(" ", "100000", YearMonth.of(2027, 1))))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> intentions.publish(purchaser, draft("法律援助", "0", YearMonth.of(2027, 1))))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("budget"));
        assertThatThrownBy(() -> intentions.publish(purchaser, draft("法律援助", "100000", YearMonth.of(2026, 11))))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("expectedMonth");
                    assertThat(e.getMessage()).contains("2026-11");
                });
        assertThatThrownBy(() -> intentions.publish(purchaser, new PurchaseIntentionService.Draft(null, "法律援助", "需求",
                BigDecimal.TEN, YearMonth.of(2027, 1)))).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.field()).isEqualTo("catalogueItemId"));
        assertThat(intentionsPublished()).isEqualTo(before);
        assertThat(intentions.ofUnit(purchaser)).isEmpty();
        assertThatThrownBy(() -> intentions.publish(fixtures.actor(unit.head()), draft("法律援助", "100000", YearMonth.of(2027, 1))))
                .as("the head approves; the purchaser publishes").isInstanceOf(PortalException.class);
    }

    /** A sole supplier's purchase by a unit that published no intention: FINANCE has approved single source. */
    private ProcurementProject singleSourceApproved(Unit unit) {
        ProcurementProject p = projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application(
                "重大涉法事务专项法律服务", List.of(new ProjectService.Line(fixtures.legalAidCase.getId(), new BigDecimal("700"))),
                "市政府", TERM_START, TERM_END, unit.budgetLineId(), false, true, false, false, "唯一具备涉外仲裁经验的律师事务所"));
        complete(unit.head(), p, cn.gov.legalprocurement.workflow.ProcessModel.ProjectApplication.TASK_APPROVE,
                new cn.gov.legalprocurement.project.ApproveApplicationHandler.Form(cn.gov.legalprocurement.project.ApplicationDecision.APPROVE, null));
        p = approveAndCommit(unit, p);
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.SINGLE_SOURCE);
        complete("finance", p, cn.gov.legalprocurement.workflow.ProcessModel.MethodSelection.TASK_APPROVE_METHOD,
                new cn.gov.legalprocurement.method.ApproveMethodHandler.Form(true, "同意"));
        return reload(p);
    }

    private boolean singleSourceNoticed(ProcurementProject p) {
        return publication.ofProject(p.getId()).stream().anyMatch(a -> a.getKind() == Announcement.Kind.SINGLE_SOURCE_NOTICE);
    }

    /** Single source has no documents to wait at: its notice waits for the intention, which the purchaser publishes first. */
    @Test
    void aSingleSourcePurchaseWithoutAnIntentionPublishesOneAndItsNoticeWaitsThirtyDays() {
        Unit unit = fixtures.newUnitWithoutIntentions("3000000");
        ProcurementProject p = singleSourceApproved(unit);
        assertThat(singleSourceNoticed(p)).isFalse();
        assertThatThrownBy(() -> complete(unit.purchaser(), p, cn.gov.legalprocurement.workflow.ProcessModel.Tendering.TASK_PUBLISH_PURCHASE_INTENTION,
                new cn.gov.legalprocurement.intention.PublishPurchaseIntentionHandler.Form(" ")))
                .isInstanceOf(PortalException.class);
        java.time.Instant published = now();
        complete(unit.purchaser(), p, cn.gov.legalprocurement.workflow.ProcessModel.Tendering.TASK_PUBLISH_PURCHASE_INTENTION,
                new cn.gov.legalprocurement.intention.PublishPurchaseIntentionHandler.Form("涉外仲裁案件代理及重大涉法事务法律咨询"));
        assertThat(publication.latest(Announcement.Kind.PURCHASE_INTENTION)).anyMatch(a -> a.getTitle().equals("重大涉法事务专项法律服务 采购意向"));
        assertThat(singleSourceNoticed(p)).as("not before the intention's period").isFalse();
        String tendering = instance(p, cn.gov.legalprocurement.workflow.ProcessModel.Tendering.ID).getId();
        assertThat(management.createJobQuery().processInstanceId(tendering).timers().singleResult().getDuedate().toInstant())
                .isEqualTo(published.plus(Duration.ofDays(30)));

        at(published.plus(Duration.ofDays(30)).minusSeconds(60));
        fireDueTimers();
        assertThat(singleSourceNoticed(p)).isFalse();
        at(published.plus(Duration.ofDays(30)).plusSeconds(60));
        fireDueTimers();
        assertThat(singleSourceNoticed(p)).isTrue();
    }

    /** A unit whose intention has been public for 30 days: the single-source notice goes out at once. */
    @Test
    void aSingleSourcePurchaseWhoseIntentionIsOldEnoughStartsAtOnce() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = singleSourceApproved(unit);
        assertThat(singleSourceNoticed(p)).isTrue();
        assertThat(tasks.openTasksOfProject(p.getCode()))
                .noneMatch(t -> t.taskKey().equals(cn.gov.legalprocurement.workflow.ProcessModel.Tendering.TASK_PUBLISH_PURCHASE_INTENTION));
    }
}
