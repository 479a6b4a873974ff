package cn.gov.legalprocurement.workflow;

import cn.gov.legalprocurement.shared.Actor;
import java.util.Map;

/**
 * Completes one kind of user task: {@link WorkTaskService} validates the form (Bean Validation), the
 * handler reads the task's variables, calls its feature's service (which checks the feature's rules and
 * changes the domain) and turns the service's result into the process variables the model's gateways
 * need. One handler class per user task, named after the element ({@code Task_ReleasePayment} →
 * {@code ReleasePaymentHandler}); the UI's form for that task submits the handler's form type.
 */
public interface TaskHandler<F> {

    String taskKey();

    Class<F> formType();

    Map<String, Object> complete(TaskContext context, F form);

    /** What a handler knows of the task it completes. */
    record TaskContext(Actor actor, String taskId, String taskKey, String processInstanceId,
                       Map<String, Object> variables) {

        public long projectId() {
            return longVariable(ProcessModel.Vars.PROJECT_ID);
        }

        public long longVariable(String name) {
            return Executions.asLong(name, variables.get(name));
        }

        public int intVariable(String name) {
            return Math.toIntExact(longVariable(name));
        }

        public String stringVariable(String name) {
            return Executions.asString(name, variables.get(name));
        }
    }
}
