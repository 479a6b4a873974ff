package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.workflow.WorkTaskService;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What every model must satisfy: each user task has a form key, a due date, candidate groups or
 * an assignee, and a handler; each delegate expression names a bean; every flow node is drawn;
 * each file is named after its process.
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
        assertThat(models).hasSize(11);
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
                assertThat(rule.getCamundaDecisionRef()).isEqualTo("procurementMethod");
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
                assertThat(process.isExecutable()).isTrue();
            }
        }
        assertThat(keys).hasSize(11);
    }
}
