package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_PublishShortlist}: a framework agreement's shortlist is published; its challenge window starts. */
@Component
class PublishShortlistDelegate implements JavaDelegate {

    private final FrameworkAgreementService agreements;

    PublishShortlistDelegate(FrameworkAgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FrameworkAgreementService.Shortlisted shortlisted = agreements.publishShortlist(Executions.projectId(execution));
        execution.setVariable(Tendering.VAR_CHALLENGE_WINDOW_ENDS, Executions.date(shortlisted.challengeWindowEnds()));
    }
}
