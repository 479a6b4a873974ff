package cn.gov.legalprocurement.method;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.html.Paragraph;

/** FINANCE approves a non-tender method above the open-tender threshold. */
@TaskFormFor("method-finance-approval")
class MethodApprovalForm extends TaskForm<ApproveMethodHandler.Form> {

    private final ProjectSummaries summaries;
    private final ProjectService projects;

    MethodApprovalForm(ProjectSummaries summaries, ProjectService projects) {
        super(ApproveMethodHandler.Form.class);
        this.summaries = summaries;
        this.projects = projects;
    }

    @Override
    public void load(TaskPage page) {
        add(summaries.facts(page.projectId()),
                new Paragraph(getTranslation("method.reason", projects.project(page.projectId()).getMethodReason())));
        yesNo("approved", "choice.approve", "choice.refuse");
        textArea("comment");
        add(fields);
    }
}
