package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_DeclareTenderFailed}: too few qualified bids: the round fails and a failed-tender notice is published. */
@Component
class DeclareTenderFailedDelegate implements JavaDelegate {

    private final OpeningService opening;

    DeclareTenderFailedDelegate(OpeningService opening) {
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        opening.declareFailed(Executions.projectId(execution));
    }
}
