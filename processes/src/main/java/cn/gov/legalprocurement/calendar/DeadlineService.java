package cn.gov.legalprocurement.calendar;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory deadlines: "N working days after" on the Chinese working-day calendar (holidays and
 * make-up working weekends) and "N days after". A period ends at the end of its last day (24:00
 * Beijing time), which is the instant returned by the {@code ...End} methods.
 */
@Service
public class DeadlineService {

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final AuditLog audit;
    private final PortalClock clock;
    private final HolidayTable shipped;
    /**
     * The table and the covered years are read from the database at most this often: an administrator's change on
     * another node of the portal applies here within that time (on this node at once).
     */
    private final long refreshNanos;
    private volatile Loaded<HolidayTable> table;
    private volatile Loaded<SortedSet<Integer>> covered;

    /** A value read from the database, and when. */
    private record Loaded<T>(T value, long atNanos) {
        boolean freshFor(long refreshNanos) {
            return System.nanoTime() - atNanos < refreshNanos;
        }
    }

    public DeadlineService(CalendarDayRepository days, CalendarYearRepository years, AuditLog audit, PortalClock clock,
                           @Value("${portal.calendar.file:classpath:calendar/cn-working-calendar.csv}") Resource file,
                           @Value("${portal.calendar.refresh-seconds:60}") long refreshSeconds) {
        this.refreshNanos = java.time.Duration.ofSeconds(refreshSeconds).toNanos();
        this.days = days;
        this.years = years;
        this.audit = audit;
        this.clock = clock;
        try (InputStream in = file.getInputStream()) {
            this.shipped = HolidayTable.parse(in, file.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the working-day calendar " + file, e);
        }
    }

    public HolidayTable table() {
        Loaded<HolidayTable> current = table;
        if (current == null || !current.freshFor(refreshNanos)) {
            current = new Loaded<>(shipped.with(days.findAll().stream()
                    .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind, (a, b) -> b, LinkedHashMap::new))),
                    System.nanoTime());
            table = current;
        }
        return current.value();
    }

    /** Whether a day is a working day; a day in a year the calendar does not cover is refused ({@link #requireCovered}). */
    public boolean isWorkingDay(LocalDate day) {
        requireCovered(day, day);
        return table().isWorkingDay(day);
    }

    public LocalDate addWorkingDays(LocalDate from, int n) {
        return requireCovered(from, table().addWorkingDays(from, n));
    }

    /** The end (24:00) of the n-th working day after the day of {@code from}. */
    public Instant workingDaysEnd(Instant from, int n) {
        return PortalClock.startOfDay(addWorkingDays(PortalClock.dayOf(from), n).plusDays(1));
    }

    /**
     * The last day of a period of n calendar days after {@code from}; a last day that is a rest day moves to
     * the next working day (民法典 203, see {@link HolidayTable#lastDayOfDays}).
     */
    public LocalDate lastDayOfDays(LocalDate from, int n) {
        return requireCovered(from, table().lastDayOfDays(from, n));
    }

    /** The end (24:00) of a period of n calendar days after the day of {@code from} ({@link #lastDayOfDays}). */
    public Instant daysEnd(Instant from, int n) {
        return PortalClock.startOfDay(lastDayOfDays(PortalClock.dayOf(from), n).plusDays(1));
    }

    /** The first moment at {@code time} of a working day that is not before {@code notBefore}. */
    public Instant firstWorkingDayAt(Instant notBefore, LocalTime time) {
        LocalDate day = PortalClock.dayOf(notBefore);
        if (day.atTime(time).atZone(PortalClock.ZONE).toInstant().isBefore(notBefore)) {
            day = day.plusDays(1);
        }
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(time).atZone(PortalClock.ZONE).toInstant();
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireCovered(from, to);
        return table().workingDaysBetween(from, to);
    }

    /** The years the calendar covers: those of the shipped file and those an administrator confirmed. */
    public SortedSet<Integer> coveredYears() {
        Loaded<SortedSet<Integer>> current = covered;
        if (current == null || !current.freshFor(refreshNanos)) {
            SortedSet<Integer> all = new TreeSet<>(shipped.years());
            for (CalendarYear year : years.findAll()) {
                all.add(year.getYear());
            }
            current = new Loaded<>(Collections.unmodifiableSortedSet(all), System.nanoTime());
            covered = current;
        }
        return current.value();
    }

    /** The years an administrator confirmed, with the notice each was entered from. */
    @Transactional(readOnly = true)
    public List<CalendarYear> confirmedYears() {
        return years.findAll(org.springframework.data.domain.Sort.by("year"));
    }

    /**
     * An administrator confirms that the calendar holds every holiday and make-up working day of a year (entered
     * with {@link #setDay} from the State Council's notice, which {@code notice} names); deadlines may reach it
     * from then on. Audited; a year already covered is refused.
     */
    @Transactional
    public void coverYear(Actor actor, int year, String notice) {
        actor.require(Role.ADMIN);
        if (year < 2000 || year > 2100) {
            throw PortalException.invalid("year", "error.calendar.year-range", "2000", "2100");
        }
        Texts.require("notice", notice, 200);
        if (coveredYears().contains(year) || years.existsById(year)) {
            throw PortalException.conflict("year", "error.calendar.year-covered", Integer.toString(year));
        }
        years.save(new CalendarYear(year, notice.strip(), actor.username(), clock.now()));
        audit.record(actor, "calendar.cover-year", CalendarYear.class, Integer.toString(year), null,
                Map.of("year", year, "notice", notice.strip()));
        // reloaded now (this transaction sees the year) and again when it ends, committed or not, so that no other
        // reader keeps a set read in between
        covered = null;
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        covered = null;
                    }
                });
    }

    /** A day the calendar marks: from the shipped table (updatedBy null) or set by an administrator. */
    public record MarkedDay(LocalDate day, DayKind kind, String name, String updatedBy, Instant updatedAt) {
    }

    /** The holidays and make-up working days of a year, in date order. */
    @Transactional(readOnly = true)
    public List<MarkedDay> markedDays(int year) {
        Map<LocalDate, MarkedDay> merged = new java.util.TreeMap<>();
        shipped.marked().stream().filter(d -> d.day().getYear() == year)
                .forEach(d -> merged.put(d.day(), new MarkedDay(d.day(), d.kind(), d.name(), null, null)));
        days.findAll().stream().filter(d -> d.getDay().getYear() == year).forEach(d -> merged.put(d.getDay(),
                new MarkedDay(d.getDay(), d.getKind(), d.getName(), d.getUpdatedBy(), d.getUpdatedAt())));
        return List.copyOf(merged.values());
    }

    /** An administrator adds or corrects a day of the calendar (audited). */
    @Transactional
    public void setDay(Actor actor, LocalDate day, DayKind kind, String name) {
        actor.require(Role.ADMIN);
        if (day == null) {
            throw PortalException.invalid("day", "error.required");
        }
        Texts.require("name", name, 60);
        Map<String, Object> before = days.findById(day)
                .<Map<String, Object>>map(d -> Map.of("kind", d.getKind(), "name", d.getName())).orElse(null);
        days.save(new CalendarDay(day, kind, name.strip(), actor.username(), clock.now()));
        audit.record(actor, "calendar.set-day", CalendarDay.class, day.toString(), before, Map.of("kind", kind, "name", name));
        table = null;
    }

    /**
     * Refuses a deadline that reaches a year the calendar does not cover: its holidays are unknown, and counting
     * weekends only would end periods on holidays. The message tells the administrator which year to add.
     */
    private LocalDate requireCovered(LocalDate from, LocalDate to) {
        SortedSet<Integer> known = coveredYears();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!known.contains(year)) {
                throw PortalException.invalid("deadline", "error.calendar.year-not-covered", Integer.toString(year), to.toString());
            }
        }
        return to;
    }
}
