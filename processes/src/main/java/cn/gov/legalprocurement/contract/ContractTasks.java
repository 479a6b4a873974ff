package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.ProcessModel.ContractSignatures;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ContractTasks {

    /** The eight mandatory parts are checked by the service, which names the missing one. */
    /** The eight mandatory parts: required and 1–4,000 characters each (checked again by ContractService). */
    public record PrepareForm(@Size(max = Contract.PART_MAX) String serviceRecipients, @Size(max = Contract.PART_MAX) String serviceContent,
                              @Size(max = Contract.PART_MAX) String serviceTerm, @Size(max = Contract.PART_MAX) String quantityAndQuality,
                              @Size(max = Contract.PART_MAX) String rightsAndObligations, @Size(max = Contract.PART_MAX) String priceAndSettlement,
                              @Size(max = Contract.PART_MAX) String performanceTargets, @Size(max = Contract.PART_MAX) String liabilityForBreach,
                              @NotNull BigDecimal performanceBond, @NotNull @Min(0) @Max(100) Integer shortfallDeductionPercent,
                              @NotNull @Min(1) @Max(90) Integer paymentDays,
                              @NotEmpty List<@Valid InstalmentLine> instalments) {

        Map<String, String> parts() {
            return Contract.namedParts(serviceRecipients, serviceContent, serviceTerm, quantityAndQuality,
                    rightsAndObligations, priceAndSettlement, performanceTargets, liabilityForBreach);
        }
    }

    public record InstalmentLine(@NotNull @Min(1) @Max(100) Integer percentage, @NotBlank @Size(max = 200) String description) {
    }

    public record SignForm(@NotNull Boolean agreed) {
    }

    public record EscalationForm(@NotBlank @Size(max = 2000) String instruction) {
    }

    @Bean
    TaskHandler<PrepareForm> contractPrepare(ContractService contracts) {
        return TaskHandler.of(ContractSigning.TASK_PREPARE, PrepareForm.class, (ctx, form) ->
                contracts.prepare(ctx.actor(), ctx.longVariable(Vars.CONTRACT_ID), new ContractService.Terms(form.parts(),
                        form.performanceBond(), form.shortfallDeductionPercent(), form.paymentDays(),
                        form.instalments().stream().map(i -> new ContractService.Instalment(i.percentage(), i.description()))
                                .toList())));
    }

    @Bean
    TaskHandler<SignForm> contractSignProvider(ContractService contracts) {
        return TaskHandler.of(ContractSignatures.TASK_SIGN_PROVIDER, SignForm.class, (ctx, form) ->
                contracts.signAsProvider(ctx.actor(), ctx.longVariable(Vars.CONTRACT_ID), form.agreed()));
    }

    @Bean
    TaskHandler<SignForm> contractSignPurchaser(ContractService contracts) {
        return TaskHandler.of(ContractSignatures.TASK_SIGN_PURCHASER, SignForm.class, (ctx, form) ->
                contracts.signAsPurchaser(ctx.actor(), ctx.longVariable(Vars.CONTRACT_ID), form.agreed()));
    }

    @Bean
    TaskHandler<EscalationForm> contractEscalateSigning(ContractService contracts) {
        return TaskHandler.of(ContractSigning.TASK_ESCALATE, EscalationForm.class, (ctx, form) ->
                contracts.escalate(ctx.actor(), ctx.projectId(), form.instruction()));
    }
}
