package cn.gov.legalprocurement.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/** Reading the shared variables in delegates, handing instants to timers, and the engine's job executor. */
public final class Executions {

    private Executions() {
    }

    public static long projectId(VariableScope scope) {
        return longVariable(scope, ProcessModel.Vars.PROJECT_ID);
    }

    public static long longVariable(VariableScope scope, String name) {
        return asLong(name, scope.getVariable(name));
    }

    public static int intVariable(VariableScope scope, String name) {
        return Math.toIntExact(longVariable(scope, name));
    }

    public static String stringVariable(VariableScope scope, String name) {
        return asString(name, scope.getVariable(name));
    }

    /** A variable's value as a number; a missing or non-numeric value is an error in the model, not in the input. */
    static long asLong(String name, Object value) {
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("Process variable " + name + " is missing or not a number: " + value);
        }
        return n.longValue();
    }

    static String asString(String name, Object value) {
        if (value == null) {
            throw new IllegalStateException("Process variable " + name + " is missing");
        }
        return value.toString();
    }

    /** The engine's job executor, when it is running (it fires timers and asynchronous steps). */
    public static Optional<JobExecutor> runningJobExecutor(ProcessEngine engine) {
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        return jobs != null && jobs.isActive() ? Optional.of(jobs) : Optional.empty();
    }

    /** Timers and due dates take {@link Date}s. */
    public static Date date(Instant instant) {
        return Date.from(instant);
    }
}
