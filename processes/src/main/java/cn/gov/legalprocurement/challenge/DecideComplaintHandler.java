package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.ComplaintHandling;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_DecideComplaint}: FINANCE decides the complaint; the suspension, if any, ends with it. */
@Component
public class DecideComplaintHandler extends FormHandler<DecideComplaintHandler.Form> {

    public record Form(@NotNull Complaint.Status outcome, @NotBlank @Size(max = 4000) String decision) {
    }

    private final ComplaintService complaints;

    DecideComplaintHandler(ComplaintService complaints) {
        super(ComplaintHandling.TASK_DECIDE, Form.class);
        this.complaints = complaints;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        complaints.decide(context.actor(), context.longVariable(ComplaintHandling.VAR_COMPLAINT_ID), form.outcome(), form.decision());
        return Map.of();
    }
}
