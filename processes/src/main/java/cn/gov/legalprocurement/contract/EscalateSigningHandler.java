package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateSigning}: the signing deadline nears; the unit's head instructs how to get it signed in time. */
@Component
public class EscalateSigningHandler extends FormHandler<EscalateSigningHandler.Form> {

    public record Form(@NotBlank @Size(max = 2000) String instruction) {
    }

    private final ContractService contracts;

    EscalateSigningHandler(ContractService contracts) {
        super(ContractSigning.TASK_ESCALATE, Form.class);
        this.contracts = contracts;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        contracts.escalate(context.actor(), context.projectId(), form.instruction());
        return Map.of();
    }
}
