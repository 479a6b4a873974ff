package cn.gov.legalprocurement.inquiry;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.InquiryAnswer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateInquiry}: the answer is overdue; the head records what was done to have it given. */
@Component
public class EscalateInquiryHandler extends FormHandler<EscalateInquiryHandler.Form> {

    public record Form(@NotBlank @Size(max = 2000) String comment) {
    }

    private final InquiryService inquiries;

    EscalateInquiryHandler(InquiryService inquiries) {
        super(InquiryAnswer.TASK_ESCALATE, Form.class);
        this.inquiries = inquiries;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        inquiries.escalationHandled(context.actor(), context.longVariable(InquiryAnswer.VAR_INQUIRY_ID), form.comment());
        return Map.of();
    }
}
