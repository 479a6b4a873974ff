package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PurchaseBelowFloor}: below the decentralised-procurement floor the purchaser records the
 * provider commissioned directly, or the quotes compared and the lowest taken; the award starts the
 * signing clock.
 */
@Component
public class PurchaseBelowFloorHandler extends FormHandler<PurchaseBelowFloorHandler.Form> {

    public record Quote(@NotNull Long providerId, @NotNull BigDecimal amount) {
    }

    /** {@code amount} is the agreed price of a direct commission; compared quotes carry their own. */
    public record Form(@NotNull BelowFloorPurchase.Mode mode, @NotNull Long providerId, BigDecimal amount,
                       @Size(max = 20) List<@Valid @NotNull Quote> quotes, @NotBlank @Size(max = 2000) String reason) {
    }

    private final BelowFloorPurchaseService purchases;

    PurchaseBelowFloorHandler(BelowFloorPurchaseService purchases) {
        super(Tendering.TASK_PURCHASE_BELOW_FLOOR, Form.class);
        this.purchases = purchases;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        List<BelowFloorPurchaseService.QuoteLine> quotes = form.quotes() == null ? List.of()
                : form.quotes().stream().map(q -> new BelowFloorPurchaseService.QuoteLine(q.providerId(), q.amount())).toList();
        BelowFloorPurchaseService.Purchased purchased = purchases.purchase(context.actor(), context.projectId(),
                new BelowFloorPurchaseService.Purchase(form.mode(), form.providerId(), form.amount(), quotes, form.reason()));
        return Map.of(Vars.PROVIDER_ID, purchased.award().getProviderId(), Vars.AWARD_ID, purchased.award().getId(),
                Tendering.VAR_SIGNING_DEADLINE, Executions.date(purchased.signing().deadline()),
                Tendering.VAR_SIGNING_ESCALATION_AT, Executions.date(purchased.signing().escalationAt()));
    }
}
