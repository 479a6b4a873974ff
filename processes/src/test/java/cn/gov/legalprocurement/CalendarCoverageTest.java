package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.CalendarYear;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deadline that reaches a year the working-day calendar does not cover is refused, with a message telling the
 * administrator to add that year; it is not counted on weekends only. The administrator enters the year's days
 * and confirms the year, naming the State Council's notice (audited); deadlines may reach it from then on.
 */
class CalendarCoverageTest extends ProcessTestSupport {

    static final Actor ADMIN = new Actor("admin", 1, Set.of(Role.ADMIN));

    @Autowired
    AuditLog audit;

    void refusedNaming(Runnable deadline, String year) {
        assertThatThrownBy(deadline::run).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.code()).isEqualTo("error.calendar.year-not-covered");
            assertThat(e.getMessage()).contains(year + " 年", "管理员", "节假日安排");
        });
    }

    @Test
    void aDeadlineInAYearTheCalendarDoesNotCoverIsRefusedUntilTheAdministratorConfirmsTheYear() {
        if (!deadlines.coveredYears().contains(2034)) {
            deadlines.coverYear(ADMIN, 2034, "测试：2034 年");
        }
        LocalDate lateDecember = LocalDate.of(2034, 12, 20);
        assertThat(deadlines.addWorkingDays(lateDecember, 3)).isEqualTo(LocalDate.of(2034, 12, 25));

        refusedNaming(() -> deadlines.addWorkingDays(lateDecember, 10), "2035");
        refusedNaming(() -> deadlines.lastDayOfDays(lateDecember, 20), "2035");
        refusedNaming(() -> deadlines.isWorkingDay(LocalDate.of(2035, 1, 2)), "2035");

        assertThatThrownBy(() -> deadlines.coverYear(fixtures.actor("finance"), 2035, "国办发明电〔2034〕X号"))
                .isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> deadlines.coverYear(ADMIN, 2035, " ")).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.field()).isEqualTo("notice"));
        assertThat(deadlines.coveredYears()).doesNotContain(2035);

        deadlines.coverYear(ADMIN, 2035, "国务院办公厅关于2035年部分节假日安排的通知");
        assertThat(deadlines.addWorkingDays(lateDecember, 10)).isEqualTo(LocalDate.of(2035, 1, 3));
        assertThat(audit.trail(CalendarYear.class, "2035")).singleElement()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("calendar.cover-year"));
        assertThatThrownBy(() -> deadlines.coverYear(ADMIN, 2035, "again")).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.code()).isEqualTo("error.calendar.year-covered"));
    }

    @Test
    void aBidDeadlineInAnUncoveredYearIsRefusedAndNothingIsSaved() {
        Unit unit = fixtures.newUnit("1000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "30"));
        WorkTask task = tasks.openTasksOfProject(p.getCode()).stream()
                .filter(t -> t.taskKey().equals(Tendering.TASK_PREPARE_DOCUMENTS)).findFirst().orElseThrow();
        refusedNaming(() -> tasks.complete(fixtures.actor(task.assignee()), task.id(),
                new PrepareTenderDocumentsHandler.Form(20, "服务方案、团队资质", null, LocalDateTime.of(2040, 3, 6, 9, 30), null,
                        false, ProcessTestSupport.NOT_FOR_SMES)), "2040");
        assertThat(reload(p).getBidDeadline()).isNull();
        assertThat(tasks.openTasksOfProject(p.getCode())).extracting(WorkTask::id).contains(task.id());
    }
}
