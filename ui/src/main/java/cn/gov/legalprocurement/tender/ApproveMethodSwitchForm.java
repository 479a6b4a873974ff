package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.vaadin.flow.component.html.Paragraph;

/** FINANCE approves switching a failed tender to another method. */
@TaskFormFor("tender-approve-method-switch")
class ApproveMethodSwitchForm extends TaskForm<ApproveMethodSwitchHandler.Form> {

    private final ProjectSummaries summaries;

    ApproveMethodSwitchForm(ProjectSummaries summaries) {
        super(ApproveMethodSwitchHandler.Form.class);
        this.summaries = summaries;
    }

    @Override
    public void load(TaskPage page) {
        Object requested = page.variables().get(ProcessModel.Tendering.VAR_PROPOSED_METHOD);
        Object reason = page.variables().get(ProcessModel.Tendering.VAR_METHOD_SWITCH_REASON);
        add(summaries.facts(page.projectId()), new Paragraph(getTranslation("tender.switch-requested",
                requested == null ? "—" : getTranslation("method." + requested), reason == null ? "—" : reason)));
        yesNo("approved", "choice.approve", "choice.refuse");
        textArea("comment");
        add(fields);
    }
}
