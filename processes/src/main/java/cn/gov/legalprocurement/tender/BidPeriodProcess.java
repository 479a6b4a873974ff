package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The {@code tendering} process as a clarification sees it: it waits in the bid period for the deadline or its move. */
@Component
class BidPeriodProcess {

    private final RuntimeService runtime;
    private final ManagementService management;

    BidPeriodProcess(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /**
     * The deadline moved: the bid period waits for the new one (and the decryption after it). An instance of a
     * model from before the bid period could be told (no {@code BidDeadlineMoved} to wait for) has its deadline
     * timer moved instead.
     */
    void deadlineMoved(String projectCode, Instant deadline, Instant decryptionWindowEnds) {
        boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(projectCode)
                .messageEventSubscriptionName(Tendering.MESSAGE_BID_DEADLINE_MOVED).count() > 0;
        if (waiting) {
            runtime.createMessageCorrelation(Tendering.MESSAGE_BID_DEADLINE_MOVED).processInstanceBusinessKey(projectCode)
                    .setVariable(Tendering.VAR_BID_DEADLINE, Executions.date(deadline))
                    .setVariable(Tendering.VAR_DECRYPTION_WINDOW_ENDS, Executions.date(decryptionWindowEnds))
                    .correlate();
            return;
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(projectCode)
                .processDefinitionKey(Tendering.ID).active().singleResult();
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(Tendering.TIMER_BID_DEADLINE)
                .singleResult();
        runtime.setVariable(instance.getId(), Tendering.VAR_BID_DEADLINE, Executions.date(deadline));
        runtime.setVariable(instance.getId(), Tendering.VAR_DECRYPTION_WINDOW_ENDS, Executions.date(decryptionWindowEnds));
        management.setJobDuedate(timer.getId(), Executions.date(deadline));
    }
}
