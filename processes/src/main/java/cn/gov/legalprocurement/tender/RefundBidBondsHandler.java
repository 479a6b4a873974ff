package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.BidBondRefund;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code Task_RefundBidBonds}: the purchaser records the refund of due bonds, with the transfer's date and reference. */
@Component
public class RefundBidBondsHandler extends FormHandler<RefundBidBondsHandler.Form> {

    public record Form(@NotEmpty Set<Long> bonds, @NotNull LocalDate refundedOn,
                       @NotBlank @Size(max = BidBondService.REFERENCE_MAX) String reference) {
    }

    private final BidBondService bonds;

    RefundBidBondsHandler(BidBondService bonds) {
        super(BidBondRefund.TASK_REFUND, Form.class);
        this.bonds = bonds;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        bonds.refund(context.actor(), context.projectId(), form.bonds(), form.refundedOn(), form.reference());
        return Map.of();
    }
}
