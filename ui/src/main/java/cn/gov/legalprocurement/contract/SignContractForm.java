package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.vaadin.flow.component.checkbox.Checkbox;

/** Each party reads the whole contract and signs it; the signed PDF is archived when both have signed. */
@TaskFormFor({"contract-sign-provider", "contract-sign-purchaser"})
class SignContractForm extends TaskForm<Signature> {

    private final ContractService contracts;
    private final ContractFacts facts;

    SignContractForm(ContractService contracts, ContractFacts facts) {
        super(Signature.class);
        this.contracts = contracts;
        this.facts = facts;
    }

    @Override
    public void load(TaskPage page) {
        add(facts.of(contracts.contract(page.longVariable(ProcessModel.Vars.CONTRACT_ID))));
        Checkbox agreed = new Checkbox(getTranslation("contract.agree"));
        binder.forField(agreed).bind("agreed");
        add(field("agreed", agreed));
    }
}
