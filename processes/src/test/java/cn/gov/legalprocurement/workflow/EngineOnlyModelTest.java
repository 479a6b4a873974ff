package cn.gov.legalprocurement.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Role;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The tier below the Spring tests: one BPMN model alone on the in-memory engine of
 * {@code camunda.engine-only.cfg.xml} (no Spring context; {@code ${bean}} expressions resolve from
 * {@link Mocks}), the model's real delegates registered by the test and its real handlers completing
 * the user tasks, their services mocked. Every user task's due date comes from a {@link Deadlines} stub
 * answering {@link #DUE}.
 */
public abstract class EngineOnlyModelTest {

    /** Each test class registers its own: {@code @RegisterExtension static ProcessEngineExtension engine = engineOnly();} */
    protected static ProcessEngineExtension engineOnly() {
        return ProcessEngineExtension.builder().configurationResource("camunda.engine-only.cfg.xml").build();
    }

    /** The due date every {@code ${deadlines.afterWorkingDays(...)}} of the model answers. */
    protected static final Date DUE = Date.from(Instant.parse("2026-12-08T01:00:00Z"));

    /** What every {@code ${deadlines.lastHourOfWorkingDays(...)}} answers: an hour before {@link #DUE}. */
    protected static final Date LAST_HOUR = Date.from(Instant.parse("2026-12-08T00:00:00Z"));

    /** Who completes the tasks: the handlers' services are mocked, so any actor will do. */
    public static final Actor ACTOR = new Actor("model-test", 1L, EnumSet.allOf(Role.class));

    /**
     * Completes the task as the portal does: the task's real handler reads the task's variables and the
     * form, calls its (mocked) service and returns the variables the model's gateways and timers read.
     */
    public static <F> void completeWith(Task task, TaskHandler<F> handler, F form) {
        assertThat(task.getTaskDefinitionKey()).as("the handler's task").isEqualTo(handler.taskKey());
        Map<String, Object> variables = taskService().getVariables(task.getId());
        taskService().complete(task.getId(), handler.complete(new TaskHandler.TaskContext(ACTOR, task.getId(),
                task.getTaskDefinitionKey(), task.getProcessInstanceId(), variables), form));
    }

    @BeforeEach
    void engineAndDeadlines(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        Deadlines deadlines = mock(Deadlines.class);
        when(deadlines.afterWorkingDays(any(), anyString())).thenReturn(DUE);
        when(deadlines.lastHourOfWorkingDays(any(), anyString())).thenReturn(LAST_HOUR);
        Mocks.register("deadlines", deadlines);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }
}
