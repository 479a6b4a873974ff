package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

/**
 * The purchaser checks a framework agreement's shortlist notice as it will be published and publishes it within the
 * period an award notice has; the page says when the portal publishes it if nobody does.
 */
@TaskFormFor("tender-publish-shortlist")
class PublishShortlistForm extends TaskForm<PublishShortlistHandler.Form> {

    private final ProjectSummaries summaries;
    private final FrameworkAgreementService agreements;

    PublishShortlistForm(ProjectSummaries summaries, FrameworkAgreementService agreements) {
        super(PublishShortlistHandler.Form.class);
        this.summaries = summaries;
        this.agreements = agreements;
    }

    @Override
    public void load(TaskPage page) {
        Paragraph due = new Paragraph(getTranslation("award.notice-due", Formats.dateTime(page.task().due())));
        due.setId("shortlist-notice-due");
        Pre notice = new Pre(agreements.shortlistNoticeText(page.projectId()));
        notice.setId("shortlist-notice-text");
        notice.getStyle().set("white-space", "pre-wrap");
        add(summaries.folded(page.projectId(), false), due, new H4(getTranslation("award.notice-preview")), notice);
        Checkbox checked = new Checkbox(label("checked"));
        binder.forField(checked).bind("checked");
        fields.add(field("checked", checked), 2);
        add(fields);
    }
}
