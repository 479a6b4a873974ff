package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Payment;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PrepareInstalment}: the next scheduled instalment becomes a payment, less any shortfall
 * deduction, due within the contract's payment days (the tasks' due date is the day after).
 */
@Component
class PrepareInstalmentDelegate implements JavaDelegate {

    private final PaymentService payments;

    PrepareInstalmentDelegate(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var payment = payments.prepareNext(Executions.longVariable(execution, Vars.CONTRACT_ID));
        execution.setVariable(Payment.VAR_PAYMENT_ID, payment.getId());
        execution.setVariable(Payment.VAR_DUE_DATE, Executions.date(PortalClock.startOfDay(payment.getDueDate().plusDays(1))));
    }
}
