package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

/**
 * The purchaser checks the signed contract's public text and publishes it (合同公告): when it was signed, by when
 * it is due, what the portal does if nobody publishes it, and the text itself.
 */
@TaskFormFor("contract-publish")
class PublishContractForm extends TaskForm<PublishContractHandler.Form> {

    private final ContractService contracts;
    private final ContractPublicationService publication;
    private final ContractFacts facts;

    PublishContractForm(ContractService contracts, ContractPublicationService publication, ContractFacts facts) {
        super(PublishContractHandler.Form.class);
        this.contracts = contracts;
        this.publication = publication;
        this.facts = facts;
    }

    @Override
    public void load(TaskPage page) {
        Contract contract = contracts.contract(page.longVariable(ProcessModel.Vars.CONTRACT_ID));
        Paragraph due = new Paragraph(getTranslation("contract.publication-due", Formats.dateTime(contract.signedAt()),
                Formats.dateTime(page.task().due())));
        due.setId("publication-due");
        Pre text = new Pre(publication.publicText(contract.getId()));
        text.setId("contract-public-text");
        text.getStyle().set("white-space", "pre-wrap");
        add(due, facts.of(contract), new H4(getTranslation("contract.publication-preview")), text);
        Checkbox checked = new Checkbox(label("checked"));
        binder.forField(checked).bind("checked");
        fields.add(field("checked", checked), 2);
        add(fields);
    }
}
