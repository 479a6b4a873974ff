package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.html.Paragraph;

/** The shortlisted supplier offered a call-off accepts it (the award follows) or declines it with its reason. */
@TaskFormFor("tender-answer-call-off")
class AnswerCallOffForm extends TaskForm<AnswerCallOffHandler.Form> {

    private final ProjectSummaries summaries;
    private final CallOffService callOffs;
    private final CurrentUser user;

    AnswerCallOffForm(ProjectSummaries summaries, CallOffService callOffs, CurrentUser user) {
        super(AnswerCallOffHandler.Form.class);
        this.summaries = summaries;
        this.callOffs = callOffs;
        this.user = user;
    }

    @Override
    public void load(TaskPage page) {
        add(summaries.facts(page.projectId()));
        callOffs.openOffer(user.actor(), page.projectId()).ifPresent(offer -> {
            Paragraph what = new Paragraph(getTranslation("call-off.offered", Formats.money(offer.getAmount()), offer.getReason()));
            what.setId("call-off-offer");
            add(what);
        });
        yesNo("accept", "call-off.accept", "call-off.decline").setValue(Boolean.TRUE);
        textArea("reason").setHelperText(getTranslation("call-off.decline-help"));
        add(fields);
    }
}
