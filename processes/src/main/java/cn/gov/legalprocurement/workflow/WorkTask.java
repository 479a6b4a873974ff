package cn.gov.legalprocurement.workflow;

import java.time.Instant;

/** A human task as the portal shows it (no engine types leak out). */
public record WorkTask(String id, String taskKey, String formKey, String name, String processDefinitionKey,
                       String processInstanceId, String businessKey, String assignee, Instant created, Instant due,
                       Long projectId) {
}
