package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The purchaser files the signed contract's copy with the finance department (合同备案): the contract, when it was
 * signed and by when the filing is due, a confirmation and an optional note.
 */
@TaskFormFor("contract-file")
class FileContractForm extends TaskForm<FileContractHandler.Form> {

    private final ContractService contracts;
    private final ContractFacts facts;

    FileContractForm(ContractService contracts, ContractFacts facts) {
        super(FileContractHandler.Form.class);
        this.contracts = contracts;
        this.facts = facts;
    }

    @Override
    public void load(TaskPage page) {
        Contract contract = contracts.contract(page.longVariable(ProcessModel.Vars.CONTRACT_ID));
        Paragraph due = new Paragraph(getTranslation("contract.filing-due", Formats.dateTime(contract.signedAt()),
                Formats.dateTime(contract.getFilingDue())));
        due.setId("filing-due");
        add(due, facts.of(contract));
        Checkbox filed = new Checkbox(label("filed"));
        binder.forField(filed).bind("filed");
        fields.add(field("filed", filed), 2);
        textArea("note").setMaxLength(ContractFilingService.NOTE_MAX);
        add(fields);
    }
}
