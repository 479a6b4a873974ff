package cn.gov.legalprocurement.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock of the portal. It reads the engine's clock so that the domain's timestamps and the
 * engine's timers always agree (tests and the demo data move both by moving the engine clock).
 */
@Component
public class PortalClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** Beijing time to the minute, as documents print it: 2026-12-22 09:30. */
    public static String minutes(Instant instant) {
        return instant.atZone(ZONE).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
