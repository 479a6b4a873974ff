package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
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
import org.springframework.stereotype.Component;

/** {@code Task_PrepareContract}: the purchaser completes the drafted contract's mandatory parts and terms. */
@Component
public class PrepareContractHandler extends FormHandler<PrepareContractHandler.Form> {

    /**
     * The eight mandatory parts by {@link ContractPart}, each required and at most {@link Contract#PART_MAX}
     * characters: ContractService checks them, and names the part's field when one is missing or too long.
     */
    public record Form(@NotNull Map<ContractPart, String> parts,
                       @NotNull BigDecimal performanceBond, @NotNull @Min(0) @Max(100) Integer shortfallDeductionPercent,
                       @NotNull @Min(1) @Max(90) Integer paymentDays,
                       @NotEmpty List<@Valid InstalmentLine> instalments) {
    }

    public record InstalmentLine(@NotNull @Min(1) @Max(100) Integer percentage, @NotBlank @Size(max = 200) String description) {
    }

    private final ContractService contracts;

    PrepareContractHandler(ContractService contracts) {
        super(ContractSigning.TASK_PREPARE, Form.class);
        this.contracts = contracts;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        contracts.prepare(context.actor(), context.longVariable(Vars.CONTRACT_ID), new ContractService.Terms(form.parts(),
                form.performanceBond(), form.shortfallDeductionPercent(), form.paymentDays(),
                form.instalments().stream().map(i -> new ContractService.Instalment(i.percentage(), i.description()))
                        .toList()));
        return Map.of();
    }
}
