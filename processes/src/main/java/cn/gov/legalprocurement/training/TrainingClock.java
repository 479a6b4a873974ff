package cn.gov.legalprocurement.training;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.Executions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A training instance's clock: an administrator moves the portal's time forward (to a deadline, to the
 * end of a period, or by days) so that a newcomer can walk a whole procurement in one sitting; every
 * timer that falls due then fires, in order, through the job executor. The portal's clock and the
 * engine's are one ({@link PortalClock} reads the engine's), so both move together and keep running
 * from there. Outside training mode ({@code portal.training.enabled}, off unless set) every move is
 * refused. The offset is kept in the database, so a restart resumes training time; time never goes back.
 */
@Service
public class TrainingClock {

    private static final Logger log = LoggerFactory.getLogger(TrainingClock.class);
    /** The longest single move: more than a year is a typing error, not a training step. */
    static final Duration MAX_STEP = Duration.ofDays(400);

    private final boolean enabled;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final PortalClock clock;
    private final ProcessEngine engine;

    public TrainingClock(@Value("${portal.training.enabled:false}") boolean enabled, JdbcTemplate jdbc, AuditLog audit,
                         PortalClock clock, ProcessEngine engine) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.engine = engine;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** How far the portal's time runs ahead of real time. */
    public Duration offset() {
        List<Long> rows = jdbc.queryForList("select offset_millis from training_clock where id = 1", Long.class);
        return rows.isEmpty() ? Duration.ZERO : Duration.ofMillis(rows.get(0));
    }

    /** After a restart the portal's time goes on from where training left it. */
    @EventListener(ApplicationReadyEvent.class)
    public void resume() {
        Duration offset = enabled ? offset() : Duration.ZERO;
        if (!offset.isZero()) {
            ClockUtil.offset(offset.toMillis());
            log.info("Training mode: the portal's clock runs {} ahead of real time ({})", offset, PortalClock.minutes(clock.now()));
        }
    }

    /** Moves the portal's time forward by the duration; the timers that fall due fire. */
    @Transactional
    public Instant advance(Actor actor, Duration by) {
        actor.require(Role.ADMIN);
        if (!enabled) {
            throw PortalException.conflict(null, "error.training.off");
        }
        if (by == null || by.isNegative() || by.isZero()) {
            throw PortalException.invalid("days", "error.training.forward");
        }
        if (by.compareTo(MAX_STEP) > 0) {
            throw PortalException.invalid("days", "error.training.too-far", MAX_STEP.toDays());
        }
        Instant from = clock.now();
        Duration offset = offset().plus(by);
        int updated = jdbc.update("update training_clock set offset_millis = ?, updated_by = ?, updated_at = ? where id = 1",
                offset.toMillis(), actor.username(), java.sql.Timestamp.from(Instant.now()));
        if (updated == 0) {
            jdbc.update("insert into training_clock (id, offset_millis, updated_by, updated_at) values (1, ?, ?, ?)",
                    offset.toMillis(), actor.username(), java.sql.Timestamp.from(Instant.now()));
        }
        ClockUtil.offset(offset.toMillis());
        Instant to = clock.now();
        audit.record(actor, "training.clock-advanced", TrainingClock.class, 1, Map.of("time", PortalClock.minutes(from)),
                Map.of("time", PortalClock.minutes(to)));
        // the job executor looks for due jobs at once instead of after its idle wait
        Executions.runningJobExecutor(engine).ifPresent(JobExecutor::jobWasAdded);
        return to;
    }

    /** Moves the portal's time to the instant (a deadline, the end of a period), and a minute past it. */
    @Transactional
    public Instant advanceTo(Actor actor, Instant target) {
        actor.require(Role.ADMIN);
        if (target == null) {
            throw PortalException.invalid("target", "error.required");
        }
        Instant now = clock.now();
        if (!target.isAfter(now)) {
            throw PortalException.conflict("target", "error.training.past", PortalClock.minutes(target));
        }
        return advance(actor, Duration.between(now, target).plusMinutes(1));
    }
}
