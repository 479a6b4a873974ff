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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(DeadlineService.class);

    private final CalendarDayRepository days;
    private final AuditLog audit;
    private final PortalClock clock;
    private final HolidayTable shipped;
    private volatile HolidayTable table;
    /** Each uncovered year is reported once, not at every deadline. */
    private final java.util.Set<Integer> warnedYears = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public DeadlineService(CalendarDayRepository days, AuditLog audit, PortalClock clock,
                           @Value("${portal.calendar.file:classpath:calendar/cn-working-calendar.csv}") Resource file) {
        this.days = days;
        this.audit = audit;
        this.clock = clock;
        try (InputStream in = file.getInputStream()) {
            this.shipped = HolidayTable.parse(in, file.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the working-day calendar " + file, e);
        }
    }

    public HolidayTable table() {
        HolidayTable current = table;
        if (current == null) {
            current = shipped.with(days.findAll().stream()
                    .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind, (a, b) -> b, LinkedHashMap::new)));
            table = current;
        }
        return current;
    }

    public boolean isWorkingDay(LocalDate day) {
        return table().isWorkingDay(day);
    }

    public LocalDate addWorkingDays(LocalDate from, int n) {
        warnIfBeyondCalendar(from.plusDays(n * 2L + 14));
        return table().addWorkingDays(from, n);
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
        warnIfBeyondCalendar(from.plusDays(n + 14L));
        return table().lastDayOfDays(from, n);
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
        warnIfBeyondCalendar(day.plusDays(14));
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(time).atZone(PortalClock.ZONE).toInstant();
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return table().workingDaysBetween(from, to);
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

    private void warnIfBeyondCalendar(LocalDate horizon) {
        if (horizon.getYear() > table().lastYearCovered() && warnedYears.add(horizon.getYear())) {
            log.warn("Working-day calendar covers up to {} only; deadlines reaching {} count weekends only. "
                    + "Add the State Council's holiday notice for {} to the calendar.",
                    table().lastYearCovered(), horizon, horizon.getYear());
        }
    }
}
