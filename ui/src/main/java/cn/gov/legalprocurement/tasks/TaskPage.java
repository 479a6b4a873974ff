package cn.gov.legalprocurement.tasks;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.util.Map;

/** What a task form is given: the task, its process variables and who works on it. */
public record TaskPage(WorkTask task, Map<String, Object> variables, Actor actor) {

    public long projectId() {
        return longVariable(ProcessModel.Vars.PROJECT_ID);
    }

    public long longVariable(String name) {
        Object value = variables.get(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("Process variable " + name + " is missing for task " + task.formKey());
        }
        return n.longValue();
    }
}
