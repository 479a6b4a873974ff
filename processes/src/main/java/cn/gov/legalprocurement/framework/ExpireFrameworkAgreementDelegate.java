package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ExpireFrameworkAgreement}: the agreement's term ended; no more call-offs under it. */
@Component
class ExpireFrameworkAgreementDelegate implements JavaDelegate {

    private final FrameworkAgreementService agreements;

    ExpireFrameworkAgreementDelegate(FrameworkAgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agreements.expire(Executions.projectId(execution));
    }
}
