package cn.gov.legalprocurement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo's finished one-month services have a single monthly period, whatever the day they end on. */
class DemoTermTest {

    @Test
    void aOneMonthTermHasOnePeriodOnEveryDayOfTheYear() {
        for (LocalDate end = LocalDate.of(2027, 1, 1); end.getYear() < 2029; end = end.plusDays(1)) {
            LocalDate start = DemoProjects.startOfOneMonthEndingOn(end);
            assertThat(start.plusMonths(1)).as("ending %s", end).isAfter(end);
            assertThat(start).as("ending %s", end).isBefore(end.minusDays(26));
        }
        // the day the plain "a month back" gave a second period: 30 April ends a term from 1 April, not 31 March
        assertThat(DemoProjects.startOfOneMonthEndingOn(LocalDate.of(2027, 4, 30))).isEqualTo(LocalDate.of(2027, 4, 1));
    }
}
