package cn.gov.legalprocurement.workflow;

import java.util.Date;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the shared variables in delegates, and handing instants to timers. */
public final class Executions {

    private Executions() {
    }

    public static long projectId(VariableScope scope) {
        return longVariable(scope, ProcessModel.Vars.PROJECT_ID);
    }

    public static long longVariable(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("Process variable " + name + " is missing");
        }
        return n.longValue();
    }

    /** Timers and due dates take {@link Date}s. */
    public static Date date(Instant instant) {
        return Date.from(instant);
    }
}
