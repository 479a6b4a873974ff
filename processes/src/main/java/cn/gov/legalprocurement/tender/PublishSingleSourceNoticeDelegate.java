package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_PublishSingleSourceNotice}: the single-source notice is published; the process waits until its period ends. */
@Component
class PublishSingleSourceNoticeDelegate implements JavaDelegate {

    private final SingleSourceService singleSource;

    PublishSingleSourceNoticeDelegate(SingleSourceService singleSource) {
        this.singleSource = singleSource;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Tendering.VAR_SINGLE_SOURCE_NOTICE_ENDS,
                Executions.date(singleSource.publishSingleSourceNotice(Executions.projectId(execution))));
    }
}
