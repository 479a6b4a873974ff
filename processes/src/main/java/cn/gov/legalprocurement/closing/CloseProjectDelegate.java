package cn.gov.legalprocurement.closing;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_CloseProject}: paid in full; the provider's results are filed per catalogue item and the unpaid budget returns. */
@Component
class CloseProjectDelegate implements JavaDelegate {

    private final ClosingService closing;

    CloseProjectDelegate(ClosingService closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closing.close(Executions.projectId(execution));
    }
}
