package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractPublication;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_PublishContract}: the purchaser checks the signed contract's public text and publishes it. */
@Component
public class PublishContractHandler extends FormHandler<PublishContractHandler.Form> {

    /** {@code checked}: the purchaser has read the text as it will be published. */
    public record Form(@NotNull @AssertTrue Boolean checked) {
    }

    private final ContractPublicationService publication;

    PublishContractHandler(ContractPublicationService publication) {
        super(ContractPublication.TASK_PUBLISH, Form.class);
        this.publication = publication;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        publication.publish(context.actor(), context.longVariable(Vars.CONTRACT_ID));
        return Map.of();
    }
}
