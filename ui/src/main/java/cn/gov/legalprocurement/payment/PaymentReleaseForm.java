package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;

/** FINANCE releases the payment and records the treasury voucher number; the certificate is archived. */
@TaskFormFor("payment-release")
class PaymentReleaseForm extends TaskForm<ReleasePaymentHandler.Form> {

    private final PaymentFacts facts;

    PaymentReleaseForm(PaymentFacts facts) {
        super(ReleasePaymentHandler.Form.class);
        this.facts = facts;
    }

    @Override
    public void load(TaskPage page) {
        add(facts.of(page.longVariable(ProcessModel.Payment.VAR_PAYMENT_ID)));
        textField("voucherNo");
        add(fields);
    }
}
