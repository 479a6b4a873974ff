package cn.gov.legalprocurement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped calendar against the State Council's notice for 2026 (国办发明电〔2025〕7号). */
class HolidayTableTest {

    static HolidayTable table;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = HolidayTableTest.class.getResourceAsStream("/calendar/cn-working-calendar.csv")) {
            table = HolidayTable.parse(in, "shipped calendar");
        }
    }

    @Test
    void springFestival2026IsNineDaysOffWithTwoMakeUpSaturdays() {
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            assertThat(table.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(table.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday 14 Feb is a make-up working day").isTrue();
        assertThat(table.isWorkingDay(LocalDate.of(2026, 2, 28))).as("Saturday 28 Feb is a make-up working day").isTrue();
        assertThat(table.isWorkingDay(LocalDate.of(2026, 3, 1))).as("an ordinary Sunday").isFalse();
    }

    @Test
    void workingDaysAcrossSpringFestival2026() {
        // Friday 13 Feb + 1 WD is the make-up Saturday; the next one is after the holiday
        assertThat(table.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(table.addWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(table.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
        // a 7 WD challenge window opened on Wednesday 11 Feb closes on Friday 27 Feb: 12, 13, 14 (Sat), 24-27
        assertThat(table.addWorkingDays(LocalDate.of(2026, 2, 11), 7)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(table.workingDaysBetween(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 27))).isEqualTo(7);
    }

    @Test
    void workingDaysAcrossNationalDay2026() {
        assertThat(table.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday 20 Sep is a make-up working day").isTrue();
        assertThat(table.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday 10 Oct is a make-up working day").isTrue();
        assertThat(table.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(table.addWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(table.addWorkingDays(LocalDate.of(2026, 9, 30), 7)).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void coversTheYearsAnnounced() {
        assertThat(table.years()).contains(2025, 2026);
        assertThat(table.isWorkingDay(LocalDate.of(2025, 10, 8))).as("National Day 2025").isFalse();
    }

    @Test
    void anAdministratorsEntryOverridesTheShippedDay() {
        HolidayTable extended = table.with(Map.of(LocalDate.of(2026, 2, 26), DayKind.HOLIDAY));
        assertThat(extended.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(table.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void aMalformedLineIsRefusedWithItsLineNumber() {
        InputStream bad = new ByteArrayInputStream("2026-02-30,HOLIDAY,x\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> HolidayTable.parse(bad, "upload")).hasMessageContaining("upload line 1");
    }

    /** 民法典 203: a period in calendar days whose last day is a rest day ends on the next working day. */
    @Test
    void aPeriodInDaysEndingInTheNationalDayHolidayEndsOnTheFirstWorkingDayAfterIt() {
        // Thursday 10 Sep 2026 + 21 days is 1 Oct, the first day of the National Day holiday (1–7 Oct)
        assertThat(table.lastDayOfDays(LocalDate.of(2026, 9, 10), 21)).isEqualTo(LocalDate.of(2026, 10, 8));
        // Friday 4 Sep + 21 days is 25 Sep, in the mid-autumn festival (25–27 Sep): ends on Monday 28 Sep
        assertThat(table.lastDayOfDays(LocalDate.of(2026, 9, 4), 21)).isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void aPeriodInDaysEndingInTheSpringFestivalEndsOnTheFirstWorkingDayAfterIt() {
        // Monday 26 Jan 2026 + 20 days is 15 Feb, the first day of the Spring Festival holiday (15–23 Feb)
        assertThat(table.lastDayOfDays(LocalDate.of(2026, 1, 26), 20)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void aPeriodInDaysEndingOnAWorkingDayOrAMakeUpSaturdayEndsThatDay() {
        assertThat(table.lastDayOfDays(LocalDate.of(2026, 11, 2), 30)).isEqualTo(LocalDate.of(2026, 12, 2));
        // Saturday 14 Feb 2026 is a make-up working day (调休): the period ends on it
        assertThat(table.lastDayOfDays(LocalDate.of(2026, 1, 15), 30)).isEqualTo(LocalDate.of(2026, 2, 14));
        // an ordinary weekend: Saturday 28 Nov 2026 moves to Monday 30 Nov
        assertThat(table.lastDayOfDays(LocalDate.of(2026, 10, 29), 30)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

}
