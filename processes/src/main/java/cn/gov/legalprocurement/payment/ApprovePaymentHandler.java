package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.workflow.ProcessModel.Payment;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ApprovePayment}: the unit's head confirms the instalment is due after acceptance. */
@Component
public class ApprovePaymentHandler implements TaskHandler<ApprovePaymentHandler.Form> {

    public record Form(@NotNull Boolean confirmed, @Size(max = 2000) String comment) {
    }

    private final PaymentService payments;

    ApprovePaymentHandler(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public String taskKey() {
        return Payment.TASK_APPROVE;
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        payments.approve(context.actor(), context.longVariable(Payment.VAR_PAYMENT_ID), form.confirmed(), form.comment());
        return Map.of();
    }
}
