package cn.gov.legalprocurement.inquiry;

import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;

/** The purchaser answers a supplier's inquiry: the question and when the answer is due (who asked is not shown). */
@TaskFormFor("inquiry-answer")
class AnswerInquiryForm extends TaskForm<AnswerInquiryHandler.Form> {

    private final ProjectSummaries summaries;
    private final InquiryService inquiries;

    AnswerInquiryForm(ProjectSummaries summaries, InquiryService inquiries) {
        super(AnswerInquiryHandler.Form.class);
        this.summaries = summaries;
        this.inquiries = inquiries;
    }

    @Override
    public void load(TaskPage page) {
        InquiryService.Question inquiry = inquiries.question(page.actor(), page.longVariable(ProcessModel.InquiryAnswer.VAR_INQUIRY_ID));
        add(summaries.facts(page.projectId()), facts(inquiry));
        textArea("answer").setMaxLength(InquiryService.TEXT_MAX);
        add(fields);
    }

    /** What a task about an inquiry shows of it: the question, when it was asked, when the answer is due. */
    static Facts facts(InquiryService.Question inquiry) {
        return new Facts().add("field.question", inquiry.question()).add("inquiry.asked", Formats.dateTime(inquiry.askedAt()))
                .add("inquiry.due", Formats.dateTime(inquiry.answerDue()));
    }
}
