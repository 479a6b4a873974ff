package cn.gov.legalprocurement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One recorded procurement replayed on the {@link BareModels bare models}: the variables each service task, user task
 * completion and top-level start set in the recorded run (read back from Camunda's full history) are set again by the
 * bare delegate or given to the completion, and the timers the recorded run fired are fired. The same activity
 * instances must result ({@link #departures}), or the bare run did not take the same path and the comparison is
 * void. Public for the models' expression {@code bareOutputs.members(execution)}, which resolves public methods only.
 */
public final class BareProcurement implements JavaDelegate {

    /** Variables the engine itself keeps (multi-instance counters and the committee's element variable). */
    private static final Set<String> ENGINE_VARIABLES = Set.of("nrOfInstances", "nrOfActiveInstances",
            "nrOfCompletedInstances", "loopCounter", "expert");
    private static final Set<String> REPLAYED = Set.of("serviceTask", "businessRuleTask", "userTask");
    private static final Set<String> TIMERS = Set.of("intermediateTimer", "boundaryTimer", "startTimerEvent");

    private record Start(String processKey, Map<String, Object> variables) {
    }

    private final ProcessEngine engine;
    /** Per process key and activity id: what each occurrence set, in the recorded order. */
    private final Map<String, List<Map<String, Object>>> outputs = new HashMap<>();
    private final List<Start> starts = new ArrayList<>();
    private final List<Object> members = new ArrayList<>();
    /** The recorded run's activity instances, as process key # activity id. */
    private final List<String> path = new ArrayList<>();
    private final Map<String, String> keysOfDefinitions = new HashMap<>();
    private final Map<String, Integer> taken = new HashMap<>();

    private BareProcurement(ProcessEngine engine, String businessKey) {
        this.engine = engine;
        HistoryService history = engine.getHistoryService();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list()) {
            String key = instance.getProcessDefinitionKey();
            List<HistoricActivityInstance> passed = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list();
            Set<String> replayed = passed.stream().filter(a -> REPLAYED.contains(a.getActivityType()))
                    .map(HistoricActivityInstance::getId).collect(Collectors.toSet());
            // updates by the activity instance that made them; those of the instance's own scope (output mappings,
            // the services' updates) go with the replayed activity before them, or with the start
            Map<String, Map<String, Object>> updates = new HashMap<>();
            Map<String, Object> start = new LinkedHashMap<>();
            String last = null;
            for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId())
                    .variableUpdates().orderPartiallyByOccurrence().asc().list()) {
                HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
                String name = update.getVariableName();
                if (name.equals("expert")) {
                    members.add(update.getValue());
                }
                if (ENGINE_VARIABLES.contains(name)) {
                    continue;
                }
                String by = update.getActivityInstanceId();
                Object value = update.getTypedValue() == null ? Variables.untypedNullValue() : update.getTypedValue();
                if (replayed.contains(by)) {
                    last = by;
                    updates.computeIfAbsent(by, a -> new LinkedHashMap<>()).put(name, value);
                } else if (instance.getId().equals(by) && last != null) {
                    updates.get(last).put(name, value);
                } else if ((by == null || instance.getId().equals(by)) && instance.getSuperProcessInstanceId() == null) {
                    start.put(name, value);
                }
                // otherwise the engine's own copy: a call activity's input (null in the called instance) or output
            }
            for (HistoricActivityInstance activity : passed) {
                boolean completed = activity.getEndTime() != null && !activity.isCanceled();
                if (completed && (REPLAYED.contains(activity.getActivityType())
                        || TIMERS.contains(activity.getActivityType()))) {
                    outputs.computeIfAbsent(key + "#" + activity.getActivityId(), a -> new ArrayList<>())
                            .add(updates.getOrDefault(activity.getId(), Map.of()));
                }
            }
            passed.forEach(a -> path.add(key + "#" + a.getActivityId()));
            if (instance.getSuperProcessInstanceId() == null) {
                starts.add(new Start(key, start));
            }
        }
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKeyLike(BareModels.PREFIX + "%").list()) {
            keysOfDefinitions.put(definition.getId(), definition.getKey().substring(BareModels.PREFIX.length()));
        }
    }

    /** Records the procurement of that business key; the bare models must be deployed. */
    static BareProcurement record(ProcessEngine engine, String businessKey) {
        return new BareProcurement(engine, businessKey);
    }

    long activities() {
        return path.size();
    }

    /**
     * Runs the recorded procurement on the bare models under a new business key; each user task's key and completion
     * are passed to {@code completion} to time it.
     */
    void run(String businessKey, BiConsumer<String, Runnable> completion) {
        taken.clear();
        for (Start start : starts) {
            engine.getRuntimeService().startProcessInstanceByKey(BareModels.PREFIX + start.processKey(), businessKey,
                    start.variables());
        }
        while (step(businessKey, completion)) {
            // until nothing recorded is left to do
        }
    }

    /**
     * What the bare run of that business key passed that the recorded one did not (prefixed with +) and what it
     * left out (with -): nothing when it took the same path.
     */
    List<String> departures(String businessKey) {
        HistoryService history = engine.getHistoryService();
        List<String> left = new ArrayList<>(path);
        List<String> added = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list()) {
            String key = instance.getProcessDefinitionKey().substring(BareModels.PREFIX.length());
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).list()) {
                if (!left.remove(key + "#" + a.getActivityId())) {
                    added.add("+" + key + "#" + a.getActivityId());
                }
            }
        }
        left.forEach(a -> added.add("-" + a));
        return added;
    }

    private boolean step(String businessKey, BiConsumer<String, Runnable> completion) {
        String[] running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .list().stream().map(i -> i.getId()).toArray(String[]::new);
        if (running.length == 0) {
            return false;
        }
        for (Job job : engine.getManagementService().createJobQuery().processInstanceIds(Set.of(running)).timers().list()) {
            String activity = engine.getManagementService().createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
            if (take(keysOfDefinitions.get(job.getProcessDefinitionId()), activity) != null) {
                engine.getManagementService().executeJob(job.getId());
                return true;
            }
        }
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceIdIn(running).list()) {
            Map<String, Object> set = take(keysOfDefinitions.get(task.getProcessDefinitionId()),
                    task.getTaskDefinitionKey());
            if (set != null) {
                completion.accept(task.getTaskDefinitionKey(), () -> engine.getTaskService().complete(task.getId(), set));
                return true;
            }
        }
        return false;
    }

    /** What the next occurrence of that activity set in the recorded run, or null when it occurred no more. */
    private Map<String, Object> take(String processKey, String activityId) {
        String key = processKey + "#" + activityId;
        List<Map<String, Object>> recorded = outputs.get(key);
        int next = taken.getOrDefault(key, 0);
        if (recorded == null || next >= recorded.size()) {
            return null;
        }
        taken.put(key, next + 1);
        return recorded.get(next);
    }

    /** The bare service task: sets what the same activity set in the recorded run. */
    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> set = take(keysOfDefinitions.get(execution.getProcessDefinitionId()),
                execution.getCurrentActivityId());
        if (set == null) {
            throw new IllegalStateException("the recorded run did not pass " + execution.getCurrentActivityId()
                    + " so often: the bare run left its path");
        }
        execution.setVariables(set);
    }

    /** The committee of the recorded run, for the bare evaluation's multi-instance. */
    public List<Object> members(DelegateExecution execution) {
        return List.copyOf(members);
    }
}
