package cn.gov.legalprocurement.workflow;

import java.time.Instant;

/** A human task as the portal shows it (no engine types leak out). */
public record WorkTask(String id, String taskKey, String formKey, String name, String processDefinitionKey,
                       String processInstanceId, String businessKey, String assignee, Instant created, Instant due,
                       Long projectId, boolean groupTask) {

    /** A claimed group task can be handed back to its group; a task assigned by name cannot. */
    public boolean releasable() {
        return assignee != null && groupTask;
    }
}
