package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_LapseCallOff}: the supplier did not answer in time: the offer counts as declined. */
@Component
class LapseCallOffDelegate implements JavaDelegate {

    private final CallOffService callOffs;

    LapseCallOffDelegate(CallOffService callOffs) {
        this.callOffs = callOffs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        callOffs.lapse(Executions.projectId(execution));
    }
}
