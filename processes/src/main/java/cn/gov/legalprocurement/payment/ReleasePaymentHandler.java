package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Payment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_ReleasePayment}: FINANCE releases the approved instalment with the treasury voucher number. */
@Component
public class ReleasePaymentHandler extends FormHandler<ReleasePaymentHandler.Form> {

    public record Form(@NotBlank @Size(max = 64) String voucherNo) {
    }

    private final PaymentService payments;

    ReleasePaymentHandler(PaymentService payments) {
        super(Payment.TASK_RELEASE, Form.class);
        this.payments = payments;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        PaymentService.Released released = payments.release(context.actor(), context.longVariable(Payment.VAR_PAYMENT_ID),
                form.voucherNo());
        return Map.of(Payment.VAR_MORE_INSTALMENTS, released.moreInstalments());
    }
}
