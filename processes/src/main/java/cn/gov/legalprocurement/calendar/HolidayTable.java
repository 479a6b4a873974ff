package cn.gov.legalprocurement.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The working-day rules of mainland China: Monday to Friday are working days unless the table marks
 * them HOLIDAY; Saturday and Sunday are days off unless the table marks them WORKDAY (调休).
 * Immutable; {@link #with} returns a table with additional days.
 */
public final class HolidayTable {

    /** A date the table marks, with the name its source gives it (empty when none). */
    public record MarkedDate(LocalDate day, DayKind kind, String name) {
    }

    private final Map<LocalDate, DayKind> days;
    private final Map<LocalDate, String> names;

    private HolidayTable(Map<LocalDate, DayKind> days, Map<LocalDate, String> names) {
        this.days = Map.copyOf(days);
        this.names = Map.copyOf(names);
    }

    public static HolidayTable parse(InputStream csv, String source) {
        Map<LocalDate, DayKind> days = new TreeMap<>();
        Map<LocalDate, String> names = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split(",", 3);
                try {
                    LocalDate day = LocalDate.parse(cells[0].strip());
                    days.put(day, DayKind.valueOf(cells[1].strip()));
                    names.put(day, cells.length > 2 ? cells[2].strip() : "");
                } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                    throw new IllegalStateException(source + " line " + lineNo + ": expected date,HOLIDAY|WORKDAY,name but got '" + line + "'", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HolidayTable(days, names);
    }

    /** The dates this table marks, in date order, for display. */
    public List<MarkedDate> marked() {
        return new TreeMap<>(days).entrySet().stream()
                .map(e -> new MarkedDate(e.getKey(), e.getValue(), names.getOrDefault(e.getKey(), ""))).toList();
    }

    public HolidayTable with(Map<LocalDate, DayKind> more) {
        Map<LocalDate, DayKind> merged = new TreeMap<>(days);
        merged.putAll(more);
        Map<LocalDate, String> keptNames = new TreeMap<>(names);
        keptNames.keySet().removeAll(more.keySet());
        return new HolidayTable(merged, keptNames);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind marked = days.get(date);
        if (marked != null) {
            return marked == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The years this table marks days in: a shipped file lists every holiday of each year it has. */
    public java.util.SortedSet<Integer> years() {
        return days.keySet().stream().map(LocalDate::getYear).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The date of the n-th working day after {@code from} (from itself is not counted). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The last day of a period of n calendar days after {@code from} (from itself is not counted): the n-th
     * day, or, when that is a rest day (a weekend or holiday that is not a make-up working day), the next
     * working day (民法典第二百零三条: a period whose last day is a statutory rest day ends on the day after it).
     */
    public LocalDate lastDayOfDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from.plusDays(n);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Working days strictly after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
