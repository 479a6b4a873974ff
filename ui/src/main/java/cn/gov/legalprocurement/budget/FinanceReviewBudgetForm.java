package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.html.H4;

/** FINANCE reviews a commitment above the review threshold against the budget line's figures. */
@TaskFormFor("budget-finance-review")
class FinanceReviewBudgetForm extends TaskForm<FinanceReviewBudgetHandler.Form> {

    private final ProjectSummaries summaries;
    private final ProjectService projects;
    private final BudgetService budget;

    FinanceReviewBudgetForm(ProjectSummaries summaries, ProjectService projects, BudgetService budget) {
        super(FinanceReviewBudgetHandler.Form.class);
        this.summaries = summaries;
        this.projects = projects;
        this.budget = budget;
    }

    @Override
    public void load(TaskPage page) {
        add(summaries.facts(page.projectId()));
        Long lineId = projects.project(page.projectId()).getBudgetLineId();
        if (lineId != null) {
            BudgetLine line = budget.line(lineId);
            add(new H4(getTranslation("budget.line")), new Facts().add("budget.code", line.getCode() + " " + line.getName())
                    .add("budget.approved", Formats.money(line.getApproved()))
                    .add("budget.committed", Formats.money(line.getCommitted()))
                    .add("budget.paid", Formats.money(line.getPaid()))
                    .add("budget.available", Formats.money(line.getApproved().subtract(line.getCommitted()))));
        }
        yesNo("approved", "choice.approve", "choice.refuse");
        textArea("comment");
        add(fields);
    }
}
