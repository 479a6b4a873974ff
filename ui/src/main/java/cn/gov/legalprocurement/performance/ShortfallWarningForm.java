package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.vaadin.flow.component.grid.Grid;

/** Delivery fell behind the pro-rata target: the purchaser records what was done about it. */
@TaskFormFor("performance-shortfall-warning")
class ShortfallWarningForm extends TaskForm<HandleShortfallWarningHandler.Form> {

    private final ProjectSummaries summaries;
    private final PerformanceService performance;

    ShortfallWarningForm(ProjectSummaries summaries, PerformanceService performance) {
        super(HandleShortfallWarningHandler.Form.class);
        this.summaries = summaries;
        this.performance = performance;
    }

    @Override
    public void load(TaskPage page) {
        long contractId = page.longVariable(ProcessModel.Vars.CONTRACT_ID);
        Grid<PerformanceWarning> warnings = new Grid<>(PerformanceWarning.class, false);
        warnings.addColumn(PerformanceWarning::getPeriodNo).setHeader(getTranslation("performance.period")).setAutoWidth(true);
        warnings.addColumn(w -> getTranslation("measure." + w.getMeasure().name())).setHeader(getTranslation("performance.measure"));
        warnings.addColumn(w -> w.getExpected().stripTrailingZeros().toPlainString()).setHeader(getTranslation("performance.expected"));
        warnings.addColumn(w -> w.getDelivered().stripTrailingZeros().toPlainString()).setHeader(getTranslation("performance.delivered"));
        warnings.setItems(performance.warnings(contractId));
        warnings.setAllRowsVisible(true);
        add(summaries.folded(page.projectId(), false), warnings);
        textArea("actionTaken");
        add(fields);
    }
}
