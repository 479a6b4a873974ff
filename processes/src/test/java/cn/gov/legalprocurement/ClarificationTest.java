package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.ClarificationService;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code clarification-days-before-deadline-tender} (15 days; 实施条例 31): a clarification or amendment that may
 * affect the bids reaches the suppliers at least 15 days before the deadline, else the deadline moves, at the same
 * hour, to the first working day that allows; the engine's bid period then waits for the new deadline.
 */
class ClarificationTest extends ProcessTestSupport {

    @Autowired
    ClarificationService clarifications;
    @Autowired
    PublicationService publication;
    @Autowired
    DeadlineService deadlines;

    @Test
    void aLateClarificationThatMayAffectTheBidsMovesTheDeadlineAndTheOpening() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        Instant before = p.getBidDeadline();
        later(Duration.ofDays(10));   // ten days before the deadline: fewer than fifteen remain

        ClarificationService.Clarified clarified = clarifications.clarify(fixtures.actor(unit.purchaser()), p.getId(),
                "第三章服务要求增加：每季度提交一次案件质量自查报告。", true);

        assertThat(clarified.deadlineMoved()).isTrue();
        Instant moved = reload(p).getBidDeadline();
        assertThat(moved).isEqualTo(clarified.bidDeadline()).isAfter(before);
        LocalDate fifteenthDay = deadlines.lastDayOfDays(PortalClock.dayOf(now()), 15);
        assertThat(PortalClock.dayOf(moved)).isAfter(fifteenthDay);
        assertThat(deadlines.isWorkingDay(PortalClock.dayOf(moved))).isTrue();
        assertThat(moved.atZone(PortalClock.ZONE).toLocalTime()).isEqualTo(before.atZone(PortalClock.ZONE).toLocalTime());
        assertThat(reload(p).getDecryptionWindowEnds()).isAfter(moved);
        // the engine waits for the new deadline: the old one passes and nothing opens
        Job timer = management.createJobQuery().processInstanceId(instance(p, Tendering.ID).getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(moved));
        bid(p, 0, "1800000");
        at(before.plusSeconds(60));
        fireDueTimers();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance(p, Tendering.ID))
                .isWaitingAt(Tendering.GATEWAY_BID_PERIOD).hasNotPassed(Tendering.SERVICE_START_OPENING);
        bid(p, 1, "1700000");   // a bid after the old deadline is still in time
        assertThat(publication.ofProject(p.getId())).filteredOn(a -> a.getKind() == Announcement.Kind.CLARIFICATION_NOTICE)
                .singleElement().satisfies(a -> assertThat(a.getBody()).contains("每季度提交一次案件质量自查报告")
                        .contains("顺延至 " + PortalClock.minutes(moved)));
    }

    @Test
    void aClarificationInTimeOrNotAffectingTheBidsLeavesTheDeadline() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        Instant deadline = p.getBidDeadline();

        assertThat(clarifications.clarify(fixtures.actor(unit.purchaser()), p.getId(), "更正联系电话", true).deadlineMoved())
                .as("more than fifteen days remain").isFalse();
        later(Duration.ofDays(12));
        assertThat(clarifications.clarify(fixtures.actor(unit.purchaser()), p.getId(), "更正文件页码", false).deadlineMoved())
                .as("does not affect the bids").isFalse();
        assertThat(reload(p).getBidDeadline()).isEqualTo(deadline);
        assertThat(publication.ofProject(p.getId())).filteredOn(a -> a.getKind() == Announcement.Kind.CLARIFICATION_NOTICE)
                .hasSize(2);
    }

    @Test
    void onlyTheUnitClarifiesAndOnlyWhileTheBidPeriodRuns() {
        Unit unit = fixtures.newUnit("3000000");
        Unit other = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        assertThatThrownBy(() -> clarifications.clarify(fixtures.actor(other.purchaser()), p.getId(), "x", true))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> clarifications.clarify(fixtures.actor(unit.purchaser()), p.getId(), " ", true))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("text"));
        at(p.getBidDeadline().plusSeconds(1));
        assertThatThrownBy(() -> clarifications.clarify(fixtures.actor(unit.purchaser()), p.getId(), "补充说明", true))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.clarification.not-open"));
        assertThat(publication.ofProject(p.getId())).noneMatch(a -> a.getKind() == Announcement.Kind.CLARIFICATION_NOTICE);
    }
}
