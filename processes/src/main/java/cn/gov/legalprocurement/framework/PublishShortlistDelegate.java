package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PublishShortlist}: the purchaser had not published the shortlist notice by the last hour of its
 * period: the portal publishes it; its challenge window starts.
 */
@Component
class PublishShortlistDelegate implements JavaDelegate {

    private final FrameworkAgreementService agreements;

    PublishShortlistDelegate(FrameworkAgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FrameworkAgreementService.Shortlisted shortlisted = agreements.publishShortlistAtDeadline(Executions.projectId(execution));
        execution.setVariables(variables(shortlisted));
    }

    /** The variables a published shortlist gives the tendering: the end of its challenge window. */
    static java.util.Map<String, Object> variables(FrameworkAgreementService.Shortlisted shortlisted) {
        return java.util.Map.of(Tendering.VAR_CHALLENGE_WINDOW_ENDS, Executions.date(shortlisted.challengeWindowEnds()));
    }
}
