package cn.gov.legalprocurement.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures;
import cn.gov.legalprocurement.ProcessTestSupport;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.ProcessModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The training clock moves the portal's time forward, the due timers fire, and nothing moves outside training. */
class TrainingClockTest extends ProcessTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    PortalClock clock;

    private Actor admin() {
        return new Actor("admin", fixtures.financeDepartment, Set.of(Role.ADMIN));
    }

    private TrainingClock training(boolean enabled) {
        return new TrainingClock(enabled, jdbc, audit, clock, engine);
    }

    @AfterEach
    void forgetTrainingTime() {
        jdbc.update("delete from training_clock");
    }

    @Test
    void toTheBidDeadlineTheOpeningStartsWhenItsTimerFires() {
        Fixtures.Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = publishTender(unit, approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "600")), 30);
        Instant deadline = reload(p).getBidDeadline();

        Instant now = training(true).advanceTo(admin(), deadline);

        assertThat(now).isAfter(deadline);
        assertThat(clock.now()).isAfterOrEqualTo(now);
        assertThat(training(true).offset()).isPositive();
        assertThat(fireDueTimers()).isPositive();
        assertThat(audit.trail(ProcurementProject.class, p.getId())).anySatisfy(e -> assertThat(e.getAction()).isEqualTo("tender.opening-started"));
        assertThat(audit.trail(TrainingClock.class, 1)).anySatisfy(e -> assertThat(e.getActor()).isEqualTo("admin"));
        assertThat(instance(p, ProcessModel.Tendering.ID)).isNotNull();
    }

    @Test
    void outsideTrainingModeAndForAnyoneButTheAdministratorTimeDoesNotMove() {
        Instant before = clock.now();
        assertThatThrownBy(() -> training(false).advance(admin(), Duration.ofDays(1)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.getMessage()).contains("培训模式"));
        assertThatThrownBy(() -> training(true).advance(fixtures.actor("supervisor"), Duration.ofDays(1)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> training(true).advance(admin(), Duration.ofDays(-1))).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> training(true).advance(admin(), Duration.ofDays(401)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.getMessage()).contains("400"));
        assertThatThrownBy(() -> training(true).advanceTo(admin(), before.minusSeconds(60))).isInstanceOf(PortalException.class);
        assertThat(clock.now()).isEqualTo(before);
        assertThat(training(true).offset()).isZero();
    }
}
