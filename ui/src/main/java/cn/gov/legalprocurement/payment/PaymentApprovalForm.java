package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.vaadin.flow.component.checkbox.Checkbox;

/** The head confirms the instalment's figures before FINANCE releases the money. */
@TaskFormFor("payment-approve")
class PaymentApprovalForm extends TaskForm<ApprovePaymentHandler.Form> {

    private final PaymentFacts facts;

    PaymentApprovalForm(PaymentFacts facts) {
        super(ApprovePaymentHandler.Form.class);
        this.facts = facts;
    }

    @Override
    public void load(TaskPage page) {
        add(facts.of(page.longVariable(ProcessModel.Payment.VAR_PAYMENT_ID)));
        Checkbox confirmed = new Checkbox(getTranslation("payment.confirm"));
        binder.forField(confirmed).bind("confirmed");
        add(field("confirmed", confirmed));
        textArea("comment");
        add(fields);
    }
}
