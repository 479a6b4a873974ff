package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel.ComplaintHandling;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;

/**
 * FINANCE decides a complaint: the challenge and its answer, the complaint's grounds; a suspension of the
 * procurement while it decides (at most {@code complaint-suspension-max-days}); the decision, which is published.
 */
@TaskFormFor("complaint-decide")
class DecideComplaintForm extends TaskForm<DecideComplaintHandler.Form> {

    private final ProjectSummaries summaries;
    private final ComplaintService complaints;
    private final ChallengeService challenges;
    private final OrganisationService organisations;

    DecideComplaintForm(ProjectSummaries summaries, ComplaintService complaints, ChallengeService challenges,
                        OrganisationService organisations) {
        super(DecideComplaintHandler.Form.class);
        this.summaries = summaries;
        this.complaints = complaints;
        this.challenges = challenges;
        this.organisations = organisations;
    }

    @Override
    public void load(TaskPage page) {
        Complaint complaint = complaints.complaint(page.longVariable(ComplaintHandling.VAR_COMPLAINT_ID));
        Challenge challenge = challenges.ofProject(page.projectId()).stream()
                .filter(c -> c.getId().equals(complaint.getChallengeId())).findFirst().orElseThrow();
        add(summaries.folded(page.projectId(), false), new H4(getTranslation("complaint.heading",
                organisations.nameOf(complaint.getProviderId()), Formats.dateTime(complaint.getFiledAt()))));
        Paragraph what = new Paragraph(getTranslation("complaint.about", challenge.getGrounds(),
                challenge.getAnswer() == null ? getTranslation("complaint.unanswered") : challenge.getAnswer(), complaint.getGrounds()));
        what.setId("complaint-about");
        add(what, suspension(page, complaint));
        choice("outcome", List.of(Complaint.Status.DISMISSED, Complaint.Status.UPHELD_NO_EFFECT, Complaint.Status.UPHELD_RESULT_VOID),
                "complaint.status").setLabel(getTranslation("complaint.outcome"));
        textArea("decision");
        add(fields);
    }

    /** The suspension ordered, or the means to order it (once per complaint). */
    private com.vaadin.flow.component.Component suspension(TaskPage page, Complaint complaint) {
        if (complaint.getSuspendedAt() != null) {
            Paragraph state = new Paragraph(getTranslation(complaint.isSuspending() ? "complaint.suspended-until" : "complaint.resumed",
                    Formats.dateTime(complaint.isSuspending() ? complaint.getSuspendedUntil() : complaint.getResumedAt())));
            state.setId("complaint-suspension");
            return state;
        }
        IntegerField days = new IntegerField(getTranslation("field.days"));
        days.setId("suspension-days");
        days.setStepButtonsVisible(true);
        days.setValue(30);
        days.setHelperText(getTranslation("complaint.suspend-help"));
        Button suspend = new Button(getTranslation("complaint.suspend"));
        suspend.setId("suspend-procurement");
        suspend.addClickListener(e -> {
            try {
                complaints.suspend(page.actor(), complaint.getId(), days.getValue() == null ? 0 : days.getValue());
                Views.success(getTranslation("complaint.suspended-ok"));
                suspend.setEnabled(false);
                days.setReadOnly(true);
            } catch (PortalException ex) {
                days.setErrorMessage(ex.getMessage(getLocale()));
                days.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(days, suspend);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }
}
