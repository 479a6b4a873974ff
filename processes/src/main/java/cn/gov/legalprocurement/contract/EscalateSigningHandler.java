package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning;
import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateSigning}: the signing deadline nears; the unit's head instructs how to get it signed in time. */
@Component
public class EscalateSigningHandler implements TaskHandler<EscalateSigningHandler.Form> {

    public record Form(@NotBlank @Size(max = 2000) String instruction) {
    }

    private final ContractService contracts;

    EscalateSigningHandler(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public String taskKey() {
        return ContractSigning.TASK_ESCALATE;
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        contracts.escalate(context.actor(), context.projectId(), form.instruction());
        return Map.of();
    }
}
