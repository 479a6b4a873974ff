package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

/**
 * The purchaser checks the award notice as it will be published and publishes it, within the period the
 * law gives; the page says when the portal publishes it if nobody does.
 */
@TaskFormFor("tender-publish-award")
class PublishAwardForm extends TaskForm<PublishAwardHandler.Form> {

    private final ProjectSummaries summaries;
    private final AwardService awards;

    PublishAwardForm(ProjectSummaries summaries, AwardService awards) {
        super(PublishAwardHandler.Form.class);
        this.summaries = summaries;
        this.awards = awards;
    }

    @Override
    public void load(TaskPage page) {
        Paragraph due = new Paragraph(getTranslation("award.notice-due", Formats.dateTime(page.task().due())));
        due.setId("award-notice-due");
        Pre notice = new Pre(awards.awardNoticeText(page.projectId(), page.longVariable(ProcessModel.Vars.AWARD_ID)));
        notice.setId("award-notice-text");
        notice.getStyle().set("white-space", "pre-wrap");
        add(summaries.folded(page.projectId(), false), due, new H4(getTranslation("award.notice-preview")), notice);
        Checkbox checked = new Checkbox(label("checked"));
        binder.forField(checked).bind("checked");
        fields.add(field("checked", checked), 2);
        add(fields);
    }
}
