package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Payment;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentTasks {

    public record ApprovalForm(@NotNull Boolean confirmed, @Size(max = 2000) String comment) {
    }

    public record ReleaseForm(@NotBlank @Size(max = 64) String voucherNo) {
    }

    @Bean
    TaskHandler<ApprovalForm> paymentApprove(PaymentService payments) {
        return TaskHandler.of(Payment.TASK_APPROVE, ApprovalForm.class, (ctx, form) ->
                payments.approve(ctx.actor(), ctx.longVariable("paymentId"), form.confirmed(), form.comment()));
    }

    @Bean
    TaskHandler<ReleaseForm> paymentRelease(PaymentService payments) {
        return TaskHandler.of(Payment.TASK_RELEASE, ReleaseForm.class, (ctx, form) ->
                payments.release(ctx.actor(), ctx.longVariable("paymentId"), form.voucherNo()));
    }

    @Bean
    JavaDelegate prepareInstalmentDelegate(PaymentService payments) {
        return execution -> {
            var payment = payments.prepareNext(Executions.longVariable(execution, Vars.CONTRACT_ID));
            execution.setVariable("paymentId", payment.getId());
            execution.setVariable("paymentDueDate", Executions.date(PortalClock.startOfDay(payment.getDueDate().plusDays(1))));
        };
    }
}
