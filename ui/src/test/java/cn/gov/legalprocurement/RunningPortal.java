package cn.gov.legalprocurement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application as the README starts it (H2 file database in a fresh folder, demo data, the
 * embedded Elasticsearch node, job executor on, security), shared by the tests that need it running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=500",
        "portal.search.outbox-interval-ms=300"})
// metrics exported as in production (Spring Boot's tests turn exporters off by default)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
abstract class RunningPortal {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-data-");
        // as an operator's folder would be: readable by all until the portal makes it private
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        registry.add("portal.data-dir", dir::toString);
    }

    @Autowired
    WorkTaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    /** Real time again for the next test: the engine's clock, and the training clock a test moved. */
    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        jdbc.update("delete from training_clock");
    }

    /** Moves the engine's clock (and so the portal's): the job executor fires what falls due. */
    static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    static void await(String what, BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    Optional<WorkTask> negotiationRound(ProcurementProject p) {
        return tasks.openTasksOfProject(p.getCode()).stream()
                .filter(t -> t.taskKey().equals(ProcessModel.Tendering.TASK_NEGOTIATE_ROUND)).findFirst();
    }

    List<WorkTask> scoringTasks(ProcurementProject p) {
        return tasks.openTasksOfProject(p.getCode()).stream()
                .filter(t -> t.taskKey().equals(ProcessModel.Tendering.TASK_SCORE_BIDS)).toList();
    }
}
