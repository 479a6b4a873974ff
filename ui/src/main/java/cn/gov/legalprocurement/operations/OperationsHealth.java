package cn.gov.legalprocurement.operations;

import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.search.SearchOutbox;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.Executions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the operators' health endpoint reports beside the database and Elasticsearch (which Spring
 * Boot checks itself): the process engine and its job executor, and the search outbox's backlog; and
 * the gauges the metrics endpoint exports for them.
 */
@Configuration
class OperationsHealth {

    /** The engine answers and its job executor runs (timers and asynchronous steps fire). */
    @Bean
    HealthIndicator processEngineHealthIndicator(ProcessEngine engine,
                                                 @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobsEnabled) {
        return () -> {
            boolean executing = Executions.runningJobExecutor(engine).isPresent();
            long running = engine.getRuntimeService().createProcessInstanceQuery().active().count();
            long incidents = engine.getRuntimeService().createIncidentQuery().count();
            Health.Builder health = executing || !jobsEnabled ? Health.up() : Health.down();
            return health.withDetail("engine", engine.getName()).withDetail("jobExecutor", executing ? "running" : "stopped")
                    .withDetail("runningInstances", running).withDetail("incidents", incidents).build();
        };
    }

    /** Contracts waiting to reach the search index; the index is behind while this grows. */
    @Bean
    HealthIndicator searchOutboxHealthIndicator(SearchOutbox outbox) {
        return () -> Health.up().withDetail("pending", outbox.pending()).build();
    }

    /**
     * The working-day calendar: the years it covers, and whether next year is among them. Deadlines reaching an
     * uncovered year are refused, so operators see here, before users are refused, that next year's notice is due.
     */
    @Bean
    HealthIndicator workingCalendarHealthIndicator(DeadlineService calendar, PortalClock clock) {
        return () -> {
            int nextYear = clock.today().getYear() + 1;
            return Health.up().withDetail("coveredYears", calendar.coveredYears())
                    .withDetail("nextYearCovered", calendar.coveredYears().contains(nextYear)).build();
        };
    }

    @Bean
    Gauge searchOutboxBacklog(MeterRegistry registry, SearchOutbox outbox) {
        return Gauge.builder("portal.search.outbox.backlog", outbox, SearchOutbox::pending)
                .description("contracts waiting to reach the search index").register(registry);
    }
}
