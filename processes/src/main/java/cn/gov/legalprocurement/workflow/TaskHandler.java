package cn.gov.legalprocurement.workflow;

import cn.gov.legalprocurement.shared.Actor;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Completes one kind of user task: validates the form (Bean Validation first, then the feature's
 * rules), changes the domain and returns the process variables the model's gateways need.
 * One handler per task definition key; the UI's form for that task submits the form type.
 */
public interface TaskHandler<F> {

    String taskKey();

    Class<F> formType();

    Map<String, Object> complete(TaskContext context, F form);

    /** What a handler knows of the task it completes. */
    record TaskContext(Actor actor, String taskId, String taskKey, String processInstanceId,
                       Map<String, Object> variables) {

        public long projectId() {
            return ((Number) variables.get(ProcessModel.Vars.PROJECT_ID)).longValue();
        }

        public long longVariable(String name) {
            Object value = variables.get(name);
            if (value == null) {
                throw new IllegalStateException("Process variable " + name + " is missing for task " + taskKey);
            }
            return ((Number) value).longValue();
        }
    }

    static <F> TaskHandler<F> of(String taskKey, Class<F> formType, BiFunction<TaskContext, F, Map<String, Object>> body) {
        return new TaskHandler<>() {
            @Override
            public String taskKey() {
                return taskKey;
            }

            @Override
            public Class<F> formType() {
                return formType;
            }

            @Override
            public Map<String, Object> complete(TaskContext context, F form) {
                return body.apply(context, form);
            }
        };
    }
}
