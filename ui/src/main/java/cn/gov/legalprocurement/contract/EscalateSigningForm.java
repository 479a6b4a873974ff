package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.html.Paragraph;

/** The 30-day signing limit is near: the head instructs the purchaser and the provider. */
@TaskFormFor("contract-escalate-signing")
class EscalateSigningForm extends TaskForm<EscalateSigningHandler.Form> {

    private final ProjectSummaries summaries;

    EscalateSigningForm(ProjectSummaries summaries) {
        super(EscalateSigningHandler.Form.class);
        this.summaries = summaries;
    }

    @Override
    public void load(TaskPage page) {
        add(summaries.facts(page.projectId()), new Paragraph(getTranslation("contract.escalation-hint")));
        textArea("instruction");
        add(fields);
    }
}
