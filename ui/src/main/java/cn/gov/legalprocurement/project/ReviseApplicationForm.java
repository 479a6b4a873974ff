package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;

/** The applicant revises a returned application and resubmits it, or withdraws it. */
@TaskFormFor("project-revise-application")
class ReviseApplicationForm extends TaskForm<ReviseApplicationHandler.Form> {

    private final ProjectSummaries summaries;
    private final ProjectService projects;

    ReviseApplicationForm(ProjectSummaries summaries, ProjectService projects) {
        super(ReviseApplicationHandler.Form.class);
        this.summaries = summaries;
        this.projects = projects;
    }

    @Override
    public void load(TaskPage page) {
        ProcurementProject p = projects.project(page.projectId());
        add(summaries.facts(page.projectId()));
        yesNo("resubmit", "choice.resubmit", "choice.withdraw").setValue(true);
        textArea("serviceRecipients").setValue(p.getServiceRecipients() == null ? "" : p.getServiceRecipients());
        textArea("justification").setValue(p.getJustification() == null ? "" : p.getJustification());
        add(fields);
    }
}
