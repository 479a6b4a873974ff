package cn.gov.legalprocurement.inquiry;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.InquiryAnswer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_AnswerInquiry}: the purchaser answers the question; the supplier who asked reads the answer. */
@Component
public class AnswerInquiryHandler extends FormHandler<AnswerInquiryHandler.Form> {

    public record Form(@NotBlank @Size(max = InquiryService.TEXT_MAX) String answer) {
    }

    private final InquiryService inquiries;

    AnswerInquiryHandler(InquiryService inquiries) {
        super(InquiryAnswer.TASK_ANSWER, Form.class);
        this.inquiries = inquiries;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        inquiries.answer(context.actor(), context.longVariable(InquiryAnswer.VAR_INQUIRY_ID), form.answer());
        return Map.of();
    }
}
