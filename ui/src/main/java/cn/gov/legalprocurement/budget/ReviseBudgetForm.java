package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** The budget was insufficient or refused: choose another line or amount and resubmit, or withdraw. */
@TaskFormFor("budget-revise")
class ReviseBudgetForm extends TaskForm<ReviseBudgetHandler.Form> {

    private final ProjectSummaries summaries;
    private final ProjectService projects;
    private final BudgetService budget;

    ReviseBudgetForm(ProjectSummaries summaries, ProjectService projects, BudgetService budget) {
        super(ReviseBudgetHandler.Form.class);
        this.summaries = summaries;
        this.projects = projects;
        this.budget = budget;
    }

    @Override
    public void load(TaskPage page) {
        ProcurementProject p = projects.project(page.projectId());
        add(summaries.facts(page.projectId()), new Paragraph(getTranslation("budget.revise-hint")));
        yesNo("resubmit", "choice.resubmit", "choice.withdraw").setValue(true);
        List<BudgetLine> lines = budget.lines(page.actor());
        ComboBox<Long> line = new ComboBox<>(label("budgetLineId"));
        line.setItems(lines.stream().map(BudgetLine::getId).toList());
        line.setItemLabelGenerator(id -> lines.stream().filter(l -> l.getId().equals(id)).findFirst()
                .map(l -> "%s %s（%s %s）".formatted(l.getCode(), l.getName(), getTranslation("budget.available"),
                        Formats.money(l.getApproved().subtract(l.getCommitted())))).orElse(String.valueOf(id)));
        line.setValue(p.getBudgetLineId());
        line.setWidthFull();
        binder.forField(line).bind("budgetLineId");
        fields.add(field("budgetLineId", line), 2);
        decimal("estimatedAmount").setValue(p.getEstimatedAmount());
        add(fields);
    }
}
