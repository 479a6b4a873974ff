package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.ComplaintHandling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ResumeProcurement}: the suspension's term ended before the decision: the procurement goes on. */
@Component
class ResumeProcurementDelegate implements JavaDelegate {

    private final ComplaintService complaints;

    ResumeProcurementDelegate(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        complaints.resume(Executions.longVariable(execution, ComplaintHandling.VAR_COMPLAINT_ID));
    }
}
