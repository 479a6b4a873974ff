package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSignatures;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_SignContractProvider}: the provider signs the contract first or second; both must sign. */
@Component
public class SignContractProviderHandler extends FormHandler<Signature> {

    private final ContractService contracts;

    SignContractProviderHandler(ContractService contracts) {
        super(ContractSignatures.TASK_SIGN_PROVIDER, Signature.class);
        this.contracts = contracts;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Signature form) {
        contracts.signAsProvider(context.actor(), context.longVariable(Vars.CONTRACT_ID), form.agreed());
        return Map.of();
    }
}
