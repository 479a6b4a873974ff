package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ConcludeFrameworkAgreement}: the shortlist holds; the agreement is in force until its term ends. */
@Component
class ConcludeFrameworkAgreementDelegate implements JavaDelegate {

    private final FrameworkAgreementService agreements;

    ConcludeFrameworkAgreementDelegate(FrameworkAgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FrameworkAgreement agreement = agreements.conclude(Executions.projectId(execution));
        execution.setVariable(Procurement.VAR_FRAMEWORK_AGREEMENT_ENDS,
                Executions.date(PortalClock.startOfDay(agreement.getTermEnd().plusDays(1))));
    }
}
