package cn.gov.legalprocurement.intention;

import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A single-source purchase whose unit has published no purchase intention for it: the purchaser states the needs and
 * publishes the intention (the project's service, title and budget); the purchase starts {@code purchase-intention-days}
 * later, which the page says.
 */
@TaskFormFor("tender-publish-intention")
class PublishPurchaseIntentionForm extends TaskForm<PublishPurchaseIntentionHandler.Form> {

    private final ProjectSummaries summaries;
    private final PurchaseIntentionService intentions;
    private final CurrentUser user;

    PublishPurchaseIntentionForm(ProjectSummaries summaries, PurchaseIntentionService intentions, CurrentUser user) {
        super(PublishPurchaseIntentionHandler.Form.class);
        this.summaries = summaries;
        this.intentions = intentions;
        this.user = user;
    }

    @Override
    public void load(TaskPage page) {
        Paragraph help = new Paragraph(getTranslation("intention.single-source-help",
                Integer.toString(intentions.leadDays(user.actor().organisationId()))));
        help.setId("intention-help");
        add(summaries.folded(page.projectId(), false), help);
        textArea("needs");
        add(fields);
    }
}
