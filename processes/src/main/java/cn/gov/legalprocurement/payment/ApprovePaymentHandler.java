package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Payment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ApprovePayment}: the unit's head confirms the instalment is due after acceptance. */
@Component
public class ApprovePaymentHandler extends FormHandler<ApprovePaymentHandler.Form> {

    public record Form(@NotNull Boolean confirmed, @Size(max = 2000) String comment) {
    }

    private final PaymentService payments;

    ApprovePaymentHandler(PaymentService payments) {
        super(Payment.TASK_APPROVE, Form.class);
        this.payments = payments;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        payments.approve(context.actor(), context.longVariable(Payment.VAR_PAYMENT_ID), form.confirmed(), form.comment());
        return Map.of();
    }
}
