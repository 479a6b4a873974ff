package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.ComplaintHandling;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine as a complaint needs it: its own {@code complaintHandling} instance; the suspension and resumption of
 * every other instance of the project (no task can be completed and no timer fires meanwhile); and the procurement
 * sent back to its tendering stage when the result is void.
 */
@Component
class ComplaintProcess {

    private final RuntimeService runtime;

    ComplaintProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void start(String projectCode, long projectId, long complaintId, Instant decisionDue) {
        runtime.startProcessInstanceByKey(ComplaintHandling.ID, projectCode, java.util.Map.of(Vars.PROJECT_ID, projectId,
                ComplaintHandling.VAR_COMPLAINT_ID, complaintId, ComplaintHandling.VAR_DECISION_DUE, Executions.date(decisionDue)));
    }

    /** Suspends the project's procurement; the complaint's own instance waits for the suspension's end. */
    void suspend(String projectCode, long complaintId, Instant until) {
        // asked afresh for each: suspending a process may have suspended the instances it called
        for (ProcessInstance instance : procurement(projectCode)) {
            if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).active().count() > 0) {
                runtime.suspendProcessInstanceById(instance.getId());
            }
        }
        runtime.createMessageCorrelation(ComplaintHandling.MESSAGE_SUSPENDED).processInstanceBusinessKey(projectCode)
                .processInstanceVariableEquals(ComplaintHandling.VAR_COMPLAINT_ID, complaintId)
                .setVariable(ComplaintHandling.VAR_SUSPENSION_ENDS, Executions.date(until)).correlate();
    }

    void resume(String projectCode) {
        for (ProcessInstance instance : procurement(projectCode)) {
            if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).suspended().count() > 0) {
                runtime.activateProcessInstanceById(instance.getId());
            }
        }
    }

    /** The result is void: the procurement leaves the stage it is in (tendering or contract) and tenders again. */
    void restartTendering(String projectCode) {
        ProcessInstance main = runtime.createProcessInstanceQuery().processDefinitionKey(Procurement.ID)
                .processInstanceBusinessKey(projectCode).singleResult();
        List<String> active = runtime.getActiveActivityIds(main.getId());
        var modification = runtime.createProcessInstanceModification(main.getId());
        for (String stage : List.of(Procurement.CALL_TENDERING, Procurement.CALL_CONTRACT)) {
            if (active.contains(stage)) {
                modification = modification.cancelAllForActivity(stage);
            }
        }
        modification.startBeforeActivity(Procurement.CALL_TENDERING).execute();
    }

    /** Every running instance of the project but its complaints'. */
    private List<ProcessInstance> procurement(String projectCode) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(projectCode).list().stream()
                .filter(i -> !isComplaint(i)).toList();
    }

    private boolean isComplaint(ProcessInstance instance) {
        return instance.getProcessDefinitionId().startsWith(ComplaintHandling.ID + ":");
    }
}
