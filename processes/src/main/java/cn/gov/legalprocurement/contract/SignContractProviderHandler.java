package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.ProcessModel.ContractSignatures;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.TaskHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_SignContractProvider}: the provider signs the contract first or second; both must sign. */
@Component
public class SignContractProviderHandler implements TaskHandler<Signature> {

    private final ContractService contracts;

    SignContractProviderHandler(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public String taskKey() {
        return ContractSignatures.TASK_SIGN_PROVIDER;
    }

    @Override
    public Class<Signature> formType() {
        return Signature.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Signature form) {
        contracts.signAsProvider(context.actor(), context.longVariable(Vars.CONTRACT_ID), form.agreed());
        return Map.of();
    }
}
