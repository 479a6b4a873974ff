package cn.gov.legalprocurement.performance;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.PerformanceMonitoring;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The performanceMonitoring model alone, on the in-memory engine, with its delegates mocked at the service. */
@Deployment(resources = "bpmn/performanceMonitoring.bpmn")
class PerformanceMonitoringModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long CONTRACT_ID = 77L;
    static final PerformanceService.Period FIRST =
            new PerformanceService.Period(1, 2, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
    static final PerformanceService.Period SECOND =
            new PerformanceService.Period(2, 2, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));

    final PerformanceService performance = mock(PerformanceService.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("planPerformancePeriodsDelegate", new PlanPerformancePeriodsDelegate(performance));
        Mocks.register("assessDeliveryDelegate", new AssessDeliveryDelegate(performance));
        when(performance.period(CONTRACT_ID, 1)).thenReturn(FIRST);
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PerformanceMonitoring.ID, "P-2026-0042",
                withVariables(Vars.PROJECT_ID, 42L, Vars.CONTRACT_ID, CONTRACT_ID));
    }

    /** Waits for the period's end (the timer is due when its report is), then the provider reports. */
    void endPeriodAndReport(ProcessInstance instance, PerformanceService.Period period) {
        assertThat(instance).isWaitingAt(PerformanceMonitoring.TIMER_PERIOD_END)
                .variables().containsEntry(PerformanceMonitoring.VAR_PERIOD_NO, period.number());
        assertThat(job(PerformanceMonitoring.TIMER_PERIOD_END, instance)).hasDueDate(Date.from(period.reportDueFrom()));
        execute(job(PerformanceMonitoring.TIMER_PERIOD_END, instance));
        assertThat(instance).isWaitingAt(PerformanceMonitoring.TASK_REPORT);
        complete(task(PerformanceMonitoring.TASK_REPORT, instance));
    }

    @Test
    void periodsOnTrackEndTheTermWithoutWarning() {
        when(performance.assess(CONTRACT_ID, 1)).thenReturn(new PerformanceService.Assessment(false, Optional.of(SECOND)));
        when(performance.assess(CONTRACT_ID, 2)).thenReturn(new PerformanceService.Assessment(false, Optional.empty()));

        ProcessInstance instance = start();
        endPeriodAndReport(instance, FIRST);
        endPeriodAndReport(instance, SECOND);

        assertThat(instance).hasPassed(PerformanceMonitoring.END_TERM_COMPLETED).hasNotPassed(PerformanceMonitoring.TASK_SHORTFALL_WARNING)
                .isEnded().variables().containsEntry(PerformanceMonitoring.VAR_ASSESSED_PERIOD, 2)
                .containsEntry(PerformanceMonitoring.VAR_MORE_PERIODS, false);
        verify(performance).assess(CONTRACT_ID, 1);
        verify(performance).assess(CONTRACT_ID, 2);
    }

    @Test
    void shortfallRaisesAWarningBeforeTheNextPeriod() {
        when(performance.assess(CONTRACT_ID, 1)).thenReturn(new PerformanceService.Assessment(true, Optional.of(SECOND)));
        when(performance.assess(CONTRACT_ID, 2)).thenReturn(new PerformanceService.Assessment(false, Optional.empty()));

        ProcessInstance instance = start();
        endPeriodAndReport(instance, FIRST);

        assertThat(instance).isWaitingAt(PerformanceMonitoring.TASK_SHORTFALL_WARNING)
                .variables().containsEntry(PerformanceMonitoring.VAR_ASSESSED_PERIOD, 1)
                .containsEntry(PerformanceMonitoring.VAR_SHORTFALL, true);
        complete(task(PerformanceMonitoring.TASK_SHORTFALL_WARNING, instance));

        endPeriodAndReport(instance, SECOND);
        assertThat(instance).hasPassed(PerformanceMonitoring.END_TERM_COMPLETED).isEnded();
    }

    @Test
    void shortfallInTheLastPeriodIsHandledBeforeTheTermEnds() {
        PerformanceService.Period only = new PerformanceService.Period(1, 1, FIRST.start(), FIRST.end());
        when(performance.period(CONTRACT_ID, 1)).thenReturn(only);
        when(performance.assess(CONTRACT_ID, 1)).thenReturn(new PerformanceService.Assessment(true, Optional.empty()));

        ProcessInstance instance = start();
        endPeriodAndReport(instance, only);

        assertThat(instance).isWaitingAt(PerformanceMonitoring.TASK_SHORTFALL_WARNING).hasNotPassed(PerformanceMonitoring.END_TERM_COMPLETED);
        complete(task(PerformanceMonitoring.TASK_SHORTFALL_WARNING, instance));
        assertThat(instance).hasPassed(PerformanceMonitoring.END_TERM_COMPLETED).isEnded();
    }
}
