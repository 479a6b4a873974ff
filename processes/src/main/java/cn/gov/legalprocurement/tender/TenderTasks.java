package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The human tasks of tendering. */
@Configuration
public class TenderTasks {

    /** Bid deadline in Beijing time, as the purchaser enters it. */
    public record DocumentsForm(@NotNull @Min(0) @Max(100) Integer priceWeight,
                                @NotBlank @Size(max = 2000) String technicalCriteria,
                                @NotNull LocalDateTime bidDeadline) {
    }

    public record ConfirmWinnerForm(@NotNull Long bidId, @Size(max = 2000) String reason) {
    }

    public record AfterFailureForm(@NotNull @Pattern(regexp = "RETENDER|SWITCH_METHOD") String decision,
                                   ProcurementMethod newMethod, @Size(max = 2000) String reason) {
    }

    public record MethodSwitchForm(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    public record SingleSourceForm(@NotNull Long providerId, @NotNull BigDecimal amount,
                                   @NotBlank @Size(max = 4000) String minutes) {
    }

    @Bean
    TaskHandler<DocumentsForm> tenderPrepareDocuments(TenderService tender) {
        return TaskHandler.of(Tendering.TASK_PREPARE_DOCUMENTS, DocumentsForm.class, (ctx, form) ->
                tender.prepareDocuments(ctx.actor(), ctx.projectId(), form.priceWeight(), form.technicalCriteria(),
                        form.bidDeadline().atZone(PortalClock.ZONE).toInstant()));
    }

    @Bean
    TaskHandler<ConfirmWinnerForm> tenderConfirmWinner(TenderService tender) {
        return TaskHandler.of(Tendering.TASK_CONFIRM_WINNER, ConfirmWinnerForm.class, (ctx, form) ->
                tender.confirmWinner(ctx.actor(), ctx.projectId(), form.bidId(), form.reason()));
    }

    @Bean
    TaskHandler<AfterFailureForm> tenderDecideAfterFailure(TenderService tender) {
        return TaskHandler.of(Tendering.TASK_DECIDE_AFTER_FAILURE, AfterFailureForm.class, (ctx, form) ->
                tender.decideAfterFailure(ctx.actor(), ctx.projectId(), form.decision(), form.newMethod(), form.reason()));
    }

    @Bean
    TaskHandler<MethodSwitchForm> tenderApproveMethodSwitch(TenderService tender) {
        return TaskHandler.of(Tendering.TASK_APPROVE_METHOD_SWITCH, MethodSwitchForm.class, (ctx, form) ->
                tender.approveMethodSwitch(ctx.actor(), ctx.projectId(), (String) ctx.variables().get("proposedMethod"),
                        (String) ctx.variables().get("methodSwitchReason"), form.approved(), form.comment()));
    }

    @Bean
    TaskHandler<SingleSourceForm> tenderNegotiateSingleSource(TenderService tender) {
        return TaskHandler.of(Tendering.TASK_NEGOTIATE_SINGLE_SOURCE, SingleSourceForm.class, (ctx, form) ->
                tender.negotiateSingleSource(ctx.actor(), ctx.projectId(), form.providerId(), form.amount(), form.minutes()));
    }
}
