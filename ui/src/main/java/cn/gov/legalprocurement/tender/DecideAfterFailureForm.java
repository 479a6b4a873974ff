package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Arrays;

/** The tender failed: tender again, or ask FINANCE to switch to another method. */
@TaskFormFor("tender-decide-after-failure")
class DecideAfterFailureForm extends TaskForm<DecideAfterFailedTenderHandler.Form> {

    private final ProjectSummaries summaries;

    DecideAfterFailureForm(ProjectSummaries summaries) {
        super(DecideAfterFailedTenderHandler.Form.class);
        this.summaries = summaries;
    }

    @Override
    public void load(TaskPage page) {
        add(summaries.facts(page.projectId()), new Paragraph(getTranslation("tender.failed-hint")));
        RadioButtonGroup<FailedTenderDecision> decision = new RadioButtonGroup<>(label("decision"));
        decision.setItems(FailedTenderDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("tender.decision." + d.name()));
        binder.forField(decision).bind("decision");
        fields.add(field("decision", decision), 2);
        ComboBox<ProcurementMethod> method = new ComboBox<>(label("newMethod"));
        method.setItems(Arrays.stream(ProcurementMethod.values()).filter(ProcurementMethod::isSwitchTarget).toList());
        method.setItemLabelGenerator(m -> getTranslation("method." + m.name()));
        method.setEnabled(false);
        decision.addValueChangeListener(e -> method.setEnabled(e.getValue() == FailedTenderDecision.SWITCH_METHOD));
        binder.forField(method).bind("newMethod");
        fields.add(field("newMethod", method));
        textArea("reason");
        add(fields);
    }
}
