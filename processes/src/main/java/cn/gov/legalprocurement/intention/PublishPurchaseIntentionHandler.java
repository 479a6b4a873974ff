package cn.gov.legalprocurement.intention;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PublishPurchaseIntention}: the unit has published no purchase intention for the single-source purchase:
 * the purchaser publishes it now, and the purchase waits {@code purchase-intention-days} from it.
 */
@Component
public class PublishPurchaseIntentionHandler extends FormHandler<PublishPurchaseIntentionHandler.Form> {

    public record Form(@NotBlank @Size(max = PurchaseIntentionService.NEEDS_MAX) String needs) {
    }

    private final PurchaseIntentionService intentions;

    PublishPurchaseIntentionHandler(PurchaseIntentionService intentions) {
        super(Tendering.TASK_PUBLISH_PURCHASE_INTENTION, Form.class);
        this.intentions = intentions;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        return Map.of(Tendering.VAR_INTENTION_PERIOD_ENDS,
                Executions.date(intentions.publishFor(context.actor(), context.projectId(), form.needs())));
    }
}
