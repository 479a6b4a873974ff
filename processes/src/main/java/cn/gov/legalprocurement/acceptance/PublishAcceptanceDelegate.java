package cn.gov.legalprocurement.acceptance;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_PublishAcceptance}: the passed acceptance's report is rendered and its result published. */
@Component
class PublishAcceptanceDelegate implements JavaDelegate {

    private final AcceptanceService acceptance;

    PublishAcceptanceDelegate(AcceptanceService acceptance) {
        this.acceptance = acceptance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        acceptance.publish(Executions.longVariable(execution, Vars.CONTRACT_ID));
    }
}
