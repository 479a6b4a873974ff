package cn.gov.legalprocurement.acceptance;

import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import java.util.Comparator;

/** The acceptance failed: the provider reports the rectification before the next evaluation. */
@TaskFormFor("acceptance-rectify")
class RectificationForm extends TaskForm<RectifyServiceHandler.Form> {

    private final AcceptanceService acceptance;

    RectificationForm(AcceptanceService acceptance) {
        super(RectifyServiceHandler.Form.class);
        this.acceptance = acceptance;
    }

    @Override
    public void load(TaskPage page) {
        long contractId = page.longVariable(ProcessModel.Vars.CONTRACT_ID);
        acceptance.evaluations(contractId).stream().max(Comparator.comparing(AcceptanceEvaluation::getRoundNo))
                .ifPresent(e -> add(new Facts().add("acceptance.round", e.getRoundNo())
                        .add("acceptance.total", e.getTotalScore()).add("field.opinion", e.getOpinion())));
        textArea("report");
        add(fields);
    }
}
