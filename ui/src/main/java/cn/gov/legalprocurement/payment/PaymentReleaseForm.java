package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;

/** FINANCE releases the payment and records the treasury voucher number; the certificate is archived. */
@TaskFormFor("payment-release")
class PaymentReleaseForm extends TaskForm<PaymentTasks.ReleaseForm> {

    private final PaymentFacts facts;

    PaymentReleaseForm(PaymentFacts facts) {
        super(PaymentTasks.ReleaseForm.class);
        this.facts = facts;
    }

    @Override
    public void load(TaskPage page) {
        add(facts.of(page.longVariable("paymentId")));
        textField("voucherNo");
        add(fields);
    }
}
