package cn.gov.legalprocurement.workflow;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The tier below the Spring tests: one BPMN model alone on the in-memory engine of
 * {@code camunda.engine-only.cfg.xml} (no Spring context; {@code ${bean}} expressions resolve from
 * {@link Mocks}), the model's real delegates registered by the test with their services mocked. Every
 * user task's due date comes from a {@link Deadlines} stub answering {@link #DUE}.
 */
public abstract class EngineOnlyModelTest {

    /** Each test class registers its own: {@code @RegisterExtension static ProcessEngineExtension engine = engineOnly();} */
    protected static ProcessEngineExtension engineOnly() {
        return ProcessEngineExtension.builder().configurationResource("camunda.engine-only.cfg.xml").build();
    }

    /** The due date every {@code ${deadlines.afterWorkingDays(...)}} of the model answers. */
    protected static final Date DUE = Date.from(Instant.parse("2026-12-08T01:00:00Z"));

    @BeforeEach
    void engineAndDeadlines(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        Deadlines deadlines = mock(Deadlines.class);
        when(deadlines.afterWorkingDays(any(), anyString())).thenReturn(DUE);
        Mocks.register("deadlines", deadlines);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }
}
