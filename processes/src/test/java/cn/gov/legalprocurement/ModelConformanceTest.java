package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.TaskHandler;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What every model must satisfy: each user task has a form key, a due date, candidate groups or
 * an assignee, and a handler; each delegate expression names a bean; each element with behaviour has
 * a class of its name; every flow node is drawn; each file is named after its process.
 */
class ModelConformanceTest extends ProcessTestSupport {

    @Autowired
    RepositoryService repository;
    @Autowired
    WorkTaskService workTasks;
    @Autowired
    ApplicationContext context;

    List<BpmnModelInstance> models() {
        List<BpmnModelInstance> models = new ArrayList<>();
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().list()) {
            assertThat(d.getResourceName()).as("file of " + d.getKey()).endsWith("/" + d.getKey() + ".bpmn");
            models.add(repository.getBpmnModelInstance(d.getId()));
        }
        // every model file is deployed, each as its own latest version
        try {
            assertThat(models).hasSize(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:bpmn/*.bpmn").length).hasSizeGreaterThanOrEqualTo(12);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return models;
    }

    @Test
    void everyUserTaskHasFormDueDateAssignmentAndHandler() {
        List<String> missing = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String id = task.getId();
                if (task.getCamundaFormKey() == null) {
                    missing.add(id + ": formKey");
                }
                if (task.getCamundaDueDate() == null) {
                    missing.add(id + ": dueDate");
                }
                if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
                    missing.add(id + ": candidateGroups or assignee");
                }
                if (!workTasks.handledTaskKeys().contains(id)) {
                    missing.add(id + ": task handler");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDelegateExpressionNamesABean() {
        List<String> missing = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String expression = task.getCamundaDelegateExpression();
                assertThat(expression).as(task.getId()).matches("\\$\\{[a-zA-Z]+}");
                String bean = expression.substring(2, expression.length() - 1);
                if (!context.containsBean(bean)) {
                    missing.add(task.getId() + " -> " + bean);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A newcomer goes from an element id to the class of the same name: {@code ServiceTask_OpenBids} is
     * {@code OpenBidsDelegate}, {@code Task_ReleasePayment} is {@code ReleasePaymentHandler}, each in a
     * feature package (not in the engine's adapter package).
     */
    @Test
    void everyElementWithBehaviourHasAClassOfItsName() {
        Map<String, Class<?>> handlers = new HashMap<>();
        context.getBeansOfType(TaskHandler.class).values()
                .forEach(h -> handlers.put(h.taskKey(), AopUtils.getTargetClass(h)));
        List<String> wrong = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String expression = task.getCamundaDelegateExpression();
                Class<?> type = AopUtils.getTargetClass(context.getBean(expression.substring(2, expression.length() - 1)));
                check(wrong, task.getId(), "ServiceTask_", "Delegate", type);
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                check(wrong, task.getId(), "Task_", "Handler", handlers.get(task.getId()));
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** docs/process-models.md leads from each element with behaviour to its class (and so to its service and tests). */
    @Test
    void theProcessModelsGuideNamesEveryElementWithBehaviourAndItsClass() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("..", "docs", "process-models.md"));
        List<String> missing = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                guideRow(rows, missing, task.getId(), task.getId().substring("ServiceTask_".length()) + "Delegate");
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                guideRow(rows, missing, task.getId(), task.getId().substring("Task_".length()) + "Handler");
            }
        }
        assertThat(missing).as("elements the guide does not lead to their class").isEmpty();
    }

    private static void guideRow(List<String> rows, List<String> missing, String id, String type) {
        if (rows.stream().noneMatch(r -> r.startsWith("| `" + id + "`") && r.contains("." + type + "`"))) {
            missing.add(id + " / " + type);
        }
    }

    private static void check(List<String> wrong, String id, String prefix, String suffix, Class<?> type) {
        if (!id.startsWith(prefix)) {
            wrong.add(id + ": id does not start with " + prefix);
        } else if (type == null || !type.getSimpleName().equals(id.substring(prefix.length()) + suffix)) {
            wrong.add(id + " -> " + (type == null ? "no class" : type.getName()));
        } else if (type.getPackageName().endsWith(".workflow")) {
            wrong.add(id + " -> " + type.getName() + " is not in a feature package");
        }
    }

    @Test
    void everyFlowNodeIsDrawnAndCallActivitiesCallDeployedProcesses() {
        List<String> keys = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).toList();
        for (BpmnModelInstance model : models()) {
            List<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).toList();
            for (var node : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
                assertThat(drawn).as("shape of " + node.getId()).contains(node.getId());
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                assertThat(keys).as(call.getId()).contains(call.getCalledElement());
            }
            for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(rule.getCamundaDecisionRef()).isEqualTo(ProcessModel.MethodSelection.DECISION);
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
                assertThat(process.isExecutable()).isTrue();
            }
        }
        assertThat(keys).hasSize(models().size()).contains(ProcessModel.Procurement.ID, ProcessModel.InquiryAnswer.ID);
    }
}
