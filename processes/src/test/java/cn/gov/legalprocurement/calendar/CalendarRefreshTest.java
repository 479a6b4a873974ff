package cn.gov.legalprocurement.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.ProcessTestSupport;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.shared.PortalClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule {@code portal.calendar.refresh-seconds}: on several nodes, a year another node's administrator confirmed
 * (written to the shared database) is read here within the refresh period, not only after a restart.
 */
class CalendarRefreshTest extends ProcessTestSupport {

    @Autowired
    CalendarDayRepository days;
    @Autowired
    CalendarYearRepository years;
    @Autowired
    AuditLog audit;
    @Autowired
    PortalClock clock;
    @Autowired
    JdbcTemplate jdbc;

    DeadlineService node(long refreshSeconds) {
        return new DeadlineService(days, years, audit, clock, new ClassPathResource("calendar/cn-working-calendar.csv"), refreshSeconds);
    }

    @Test
    void aYearConfirmedOnAnotherNodeIsReadWithinTheRefreshPeriod() {
        DeadlineService everyRead = node(0);
        DeadlineService hourly = node(3600);
        assertThat(everyRead.coveredYears()).doesNotContain(2041);
        assertThat(hourly.coveredYears()).doesNotContain(2041);

        // what the other node's DeadlineService.coverYear writes
        jdbc.update("insert into calendar_year (calendar_year, notice, confirmed_by, confirmed_at) values (?, ?, ?, ?)",
                2041, "国务院办公厅关于2041年部分节假日安排的通知", "admin", java.sql.Timestamp.from(Instant.now()));

        assertThat(everyRead.coveredYears()).as("read again once the period has passed").contains(2041);
        assertThat(hourly.coveredYears()).as("within the period, the set read before").doesNotContain(2041);
    }
}
