package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSignatures;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_SignContractPurchaser}: the purchasing unit signs the contract; both must sign. */
@Component
public class SignContractPurchaserHandler extends FormHandler<Signature> {

    private final ContractService contracts;

    SignContractPurchaserHandler(ContractService contracts) {
        super(ContractSignatures.TASK_SIGN_PURCHASER, Signature.class);
        this.contracts = contracts;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Signature form) {
        contracts.signAsPurchaser(context.actor(), context.longVariable(Vars.CONTRACT_ID), form.agreed());
        return Map.of();
    }
}
