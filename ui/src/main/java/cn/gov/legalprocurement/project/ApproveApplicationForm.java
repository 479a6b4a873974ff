package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import java.util.List;

/** The head of the purchasing unit approves, returns or rejects the application. */
@TaskFormFor("project-approve-application")
class ApproveApplicationForm extends TaskForm<ApproveApplicationHandler.Form> {

    private final ProjectSummaries summaries;

    ApproveApplicationForm(ProjectSummaries summaries) {
        super(ApproveApplicationHandler.Form.class);
        this.summaries = summaries;
    }

    @Override
    public void load(TaskPage page) {
        add(summaries.facts(page.projectId()));
        choice("decision", List.of(ApplicationDecision.values()), "decision");
        textArea("comment");
        add(fields);
    }
}
