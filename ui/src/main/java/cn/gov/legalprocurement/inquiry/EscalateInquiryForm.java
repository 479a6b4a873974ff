package cn.gov.legalprocurement.inquiry;

import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;

/** The head, called in by an overdue answer to an inquiry, records what was done to have it given. */
@TaskFormFor("inquiry-escalate")
class EscalateInquiryForm extends TaskForm<EscalateInquiryHandler.Form> {

    private final ProjectSummaries summaries;
    private final InquiryService inquiries;

    EscalateInquiryForm(ProjectSummaries summaries, InquiryService inquiries) {
        super(EscalateInquiryHandler.Form.class);
        this.summaries = summaries;
        this.inquiries = inquiries;
    }

    @Override
    public void load(TaskPage page) {
        InquiryService.Question inquiry = inquiries.question(page.actor(), page.longVariable(ProcessModel.InquiryAnswer.VAR_INQUIRY_ID));
        add(summaries.facts(page.projectId()), AnswerInquiryForm.facts(inquiry)
                .add("inquiry.state", getTranslation(inquiry.answered() ? "inquiry.answered" : "inquiry.overdue")));
        textArea("comment");
        add(fields);
    }
}
