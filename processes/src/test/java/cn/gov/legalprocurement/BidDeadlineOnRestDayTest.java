package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.tender.TenderDocumentsService.DeadlineDay;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code bid-deadline-on-rest-day-allowed} (default false): a bid deadline, which is the opening, on a
 * weekend or public holiday is refused; a make-up working weekend (调休) is a working day; where the
 * jurisdiction allows rest days the deadline is accepted and the form warns.
 */
class BidDeadlineOnRestDayTest extends ProcessTestSupport {

    @Autowired
    RulesService rules;

    /** A competitive consultation (60,000 CNY, above the floor) waiting for its documents, bought on {@code day}. */
    ProcurementProject consultationOn(LocalDateTime day) {
        at(day.atZone(PortalClock.ZONE).toInstant());
        Unit unit = fixtures.newUnit("1000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "30"));
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
        return p;
    }

    WorkTask documentsTask(ProcurementProject p) {
        return tasks.openTasksOfProject(p.getCode()).stream().filter(t -> t.taskKey().equals(Tendering.TASK_PREPARE_DOCUMENTS))
                .findFirst().orElseThrow();
    }

    void prepare(ProcurementProject p, LocalDateTime deadline) {
        WorkTask task = documentsTask(p);
        tasks.complete(fixtures.actor(task.assignee()), task.id(),
                new PrepareTenderDocumentsHandler.Form(20, "服务方案、团队资质", null, deadline, null, false, ProcessTestSupport.NOT_FOR_SMES));
    }

    void refused(ProcurementProject p, LocalDateTime deadline, String day) {
        assertThatThrownBy(() -> prepare(p, deadline)).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.field()).isEqualTo("bidDeadline");
            assertThat(e.code()).isEqualTo("error.tender.deadline-rest-day");
            assertThat(e.getMessage()).contains(day, "休息日");
        });
        assertThat(reload(p).getBidDeadline()).isNull();
    }

    @Test
    void aDeadlineInTheNationalDayHolidayIsRefusedTheMakeUpSaturdayIsAWorkingDay() {
        ProcurementProject p = consultationOn(LocalDateTime.of(2026, 9, 10, 9, 0));
        refused(p, LocalDateTime.of(2026, 10, 5, 9, 30), "2026-10-05");
        refused(p, LocalDateTime.of(2026, 10, 11, 9, 30), "2026-10-11");   // an ordinary Sunday
        prepare(p, LocalDateTime.of(2026, 10, 10, 9, 30));                 // Saturday, worked (调休)
        assertThat(reload(p).getBidDeadline()).isEqualTo(LocalDateTime.of(2026, 10, 10, 9, 30).atZone(PortalClock.ZONE).toInstant());
    }

    @Test
    void aDeadlineInTheSpringFestivalIsRefusedTheMakeUpSaturdayIsAWorkingDay() {
        ProcurementProject p = consultationOn(LocalDateTime.of(2026, 1, 20, 9, 0));
        refused(p, LocalDateTime.of(2026, 2, 16, 9, 30), "2026-02-16");
        prepare(p, LocalDateTime.of(2026, 2, 14, 9, 30));
        assertThat(reload(p).getBidDeadline()).isNotNull();
    }

    /** Ten days from 22 September end on 2 October, a holiday: the period runs to 8 October (民法典 203); 9:30 the day after. */
    @Test
    void theProposedDeadlineIsAWorkingMorningAfterThePeriodThatEndsAfterTheHoliday() {
        ProcurementProject p = consultationOn(LocalDateTime.of(2026, 9, 22, 9, 0));
        assertThat(tenderDocuments.proposedBidDeadline(p.getId()))
                .isEqualTo(LocalDateTime.of(2026, 10, 9, 9, 30).atZone(PortalClock.ZONE).toInstant());
    }

    @Test
    void whereTheJurisdictionAllowsRestDaysTheDeadlineIsAcceptedAndMarkedForAWarning() {
        ProcurementProject p = consultationOn(LocalDateTime.of(2026, 12, 1, 9, 0));
        LocalDateTime saturday = LocalDateTime.of(2026, 12, 19, 9, 30);
        assertThat(tenderDocuments.deadlineDay(p.getId(), saturday.atZone(PortalClock.ZONE).toInstant()))
                .isEqualTo(DeadlineDay.REST_DAY_REFUSED);
        Actor admin = new Actor("admin", fixtures.financeDepartment, Set.of(Role.ADMIN));
        rules.override(admin, Fixtures.JURISDICTION, Rule.BID_DEADLINE_ON_REST_DAY_ALLOWED, "true");
        try {
            assertThat(tenderDocuments.deadlineDay(p.getId(), saturday.atZone(PortalClock.ZONE).toInstant()))
                    .isEqualTo(DeadlineDay.REST_DAY_ALLOWED);
            prepare(p, saturday);
            assertThat(reload(p).getBidDeadline()).isEqualTo(saturday.atZone(PortalClock.ZONE).toInstant());
        } finally {
            rules.override(admin, Fixtures.JURISDICTION, Rule.BID_DEADLINE_ON_REST_DAY_ALLOWED, "false");
        }
        assertThatThrownBy(() -> rules.override(admin, Fixtures.JURISDICTION, Rule.BID_DEADLINE_ON_REST_DAY_ALLOWED, "yes"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.rule.flag"));
    }
}
