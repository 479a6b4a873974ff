package cn.gov.legalprocurement.workflow;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.PortalMetrics;
import cn.gov.legalprocurement.shared.Role;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way the portal reads and completes human tasks. Every call checks that the actor may
 * see or do the task (assignee, or candidate group plus the task's organisation), validates the
 * form, lets the task's handler change the domain, and completes the task, all in one transaction.
 */
@Service
public class WorkTaskService {

    private final TaskService tasks;
    private final ProcessEngine engine;
    private final Validator validator;
    private final Map<String, TaskHandler<?>> handlers;
    /** Process definition id to key: a deployed definition's key never changes. */
    private final Map<String, String> definitionKeys = new ConcurrentHashMap<>();

    public WorkTaskService(ProcessEngine engine, Validator validator, List<TaskHandler<?>> handlers) {
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.validator = validator;
        this.handlers = handlers.stream().collect(Collectors.toMap(TaskHandler::taskKey, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two handlers for task " + a.taskKey());
        }));
    }

    /** The task keys that have a handler (a test checks every user task of every model has one). */
    public Set<String> handledTaskKeys() {
        return Set.copyOf(handlers.keySet());
    }

    /** Tasks assigned to the actor and open tasks of the actor's groups within the actor's organisation. */
    @Transactional(readOnly = true)
    public List<WorkTask> myTasks(Actor actor) {
        Map<String, Task> found = new LinkedHashMap<>();
        tasks.createTaskQuery().taskAssignee(actor.username()).initializeFormKeys().list()
                .forEach(t -> found.put(t.getId(), t));
        for (Role role : actor.roles()) {
            var query = tasks.createTaskQuery().taskCandidateGroup(role.name()).initializeFormKeys();
            String orgVariable = organisationVariable(role);
            if (orgVariable != null) {
                query.processVariableValueEquals(orgVariable, actor.organisationId());
            }
            query.list().forEach(t -> found.putIfAbsent(t.getId(), t));
        }
        return views(found.values()).stream()
                .sorted(Comparator.comparing(WorkTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The actor's open task of the given kind for a project (by its business key), if any. */
    @Transactional(readOnly = true)
    public Optional<WorkTask> findTask(Actor actor, String businessKey, String taskKey) {
        return myTasks(actor).stream()
                .filter(t -> businessKey.equals(t.businessKey()) && taskKey.equals(t.taskKey())).findFirst();
    }

    /** Open tasks of a project, across its process and sub-processes (for the project page and supervisors). */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOfProject(String businessKey) {
        return views(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).initializeFormKeys().list());
    }

    @Transactional(readOnly = true)
    public WorkTask task(Actor actor, String taskId) {
        Task task = load(taskId, true);
        requireAllowed(actor, task, name -> tasks.getVariable(taskId, name));
        return views(List.of(task)).get(0);
    }

    @Transactional(readOnly = true)
    public Map<String, Object> variables(Actor actor, String taskId) {
        Task task = load(taskId, false);
        Map<String, Object> variables = tasks.getVariables(taskId);
        requireAllowed(actor, task, variables::get);
        return variables;
    }

    @Transactional
    public void claim(Actor actor, String taskId) {
        Task task = load(taskId, false);
        requireAllowed(actor, task, name -> tasks.getVariable(taskId, name));
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw PortalException.conflict(null, "error.task.claimed", task.getAssignee());
        }
        tasks.setAssignee(taskId, actor.username());
    }

    @Transactional
    public void release(Actor actor, String taskId) {
        Task task = load(taskId, false);
        if (!actor.username().equals(task.getAssignee()) || !hasCandidateGroups(task)) {
            throw PortalException.forbidden("error.task.not-releasable");
        }
        tasks.setAssignee(taskId, null);
    }

    /** Validates the form, lets the task's handler act, and completes the task. */
    @Transactional
    public <F> void complete(Actor actor, String taskId, F form) {
        Task task = load(taskId, false);
        Map<String, Object> variables = new HashMap<>(tasks.getVariables(taskId));
        requireAllowed(actor, task, variables::get);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw PortalException.conflict(null, "error.task.claimed", task.getAssignee());
        }
        // finance suspended the procurement while it decides a complaint (财政部令第94号 art. 28)
        if (task.isSuspended()) {
            throw PortalException.conflict(null, "error.task.suspended");
        }
        @SuppressWarnings("unchecked")
        TaskHandler<F> handler = (TaskHandler<F>) handlers.get(task.getTaskDefinitionKey());
        if (handler == null) {
            throw new IllegalStateException("No handler for task " + task.getTaskDefinitionKey());
        }
        if (form == null || !handler.formType().isInstance(form)) {
            Class<?> type = handler.formType();
            throw PortalException.invalid(null, "error.task.form-type", type.getEnclosingClass() == null ? type.getSimpleName()
                    : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName());
        }
        FormCheck.refusals(validator, form).stream().findFirst().ifPresent(refusal -> {
            throw refusal;
        });
        var context = new TaskHandler.TaskContext(actor, taskId, task.getTaskDefinitionKey(),
                task.getProcessInstanceId(), variables);
        Map<String, Object> result = handler.complete(context, form);
        if (task.getAssignee() == null) {
            tasks.setAssignee(taskId, actor.username());
        }
        tasks.complete(taskId, result);
        PortalMetrics.countOnCommit(PortalMetrics.TASKS_COMPLETED, "task", task.getTaskDefinitionKey());
    }

    private Task load(String taskId, boolean withFormKey) {
        var query = tasks.createTaskQuery().taskId(taskId);
        Task task = (withFormKey ? query.initializeFormKeys() : query).singleResult();
        if (task == null) {
            throw PortalException.notFound("Task", taskId);
        }
        return task;
    }

    /** Throws unless the actor may see or do the task; {@code variable} reads the task's process variables. */
    private void requireAllowed(Actor actor, Task task, Function<String, Object> variable) {
        if (actor.username().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null && !hasCandidateGroups(task)) {
            throw PortalException.forbidden("error.task.not-yours");
        }
        List<String> groups = candidateGroups(task);
        for (Role role : actor.roles()) {
            if (!groups.contains(role.name())) {
                continue;
            }
            String orgVariable = organisationVariable(role);
            if (orgVariable == null) {
                return;
            }
            Object org = variable.apply(orgVariable);
            if (org instanceof Number n && n.longValue() == actor.organisationId()) {
                return;
            }
        }
        throw PortalException.forbidden("error.task.not-yours");
    }

    private boolean hasCandidateGroups(Task task) {
        return !candidateGroups(task).isEmpty();
    }

    private List<String> candidateGroups(Task task) {
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    /** The process variable holding the organisation a group task belongs to, per role. */
    private static String organisationVariable(Role role) {
        return switch (role) {
            case PURCHASER, PURCHASER_HEAD -> ProcessModel.Vars.PURCHASER_ID;
            case PROVIDER -> ProcessModel.Vars.PROVIDER_ID;
            default -> null;
        };
    }

    /**
     * The tasks as the portal shows them: the project and business key of all their process instances are read in
     * one query each, not per task.
     */
    private List<WorkTask> views(Collection<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        String[] instanceIds = found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, String> businessKeys = new HashMap<>();
        for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(Set.of(instanceIds)).list()) {
            businessKeys.put(instance.getId(), instance.getBusinessKey());
        }
        Map<String, Object> projectIds = new HashMap<>();
        for (VariableInstance variable : engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds).variableName(ProcessModel.Vars.PROJECT_ID).list()) {
            // the process instance's own, not a copy local to one of its executions
            if (variable.getExecutionId().equals(variable.getProcessInstanceId())
                    || !projectIds.containsKey(variable.getProcessInstanceId())) {
                projectIds.put(variable.getProcessInstanceId(), variable.getValue());
            }
        }
        return found.stream().map(t -> new WorkTask(t.getId(), t.getTaskDefinitionKey(), t.getFormKey(), t.getName(),
                definitionKey(t.getProcessDefinitionId()), t.getProcessInstanceId(),
                businessKeys.get(t.getProcessInstanceId()), t.getAssignee(),
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                projectIds.get(t.getProcessInstanceId()) instanceof Number n ? n.longValue() : null,
                hasCandidateGroups(t))).toList();
    }

    private String definitionKey(String definitionId) {
        return definitionKeys.computeIfAbsent(definitionId,
                id -> engine.getRepositoryService().getProcessDefinition(id).getKey());
    }

}
