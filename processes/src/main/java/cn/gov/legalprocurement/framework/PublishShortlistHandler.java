package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_PublishShortlist}: the purchaser checks the framework agreement's shortlist notice and publishes it. */
@Component
public class PublishShortlistHandler extends FormHandler<PublishShortlistHandler.Form> {

    /** {@code checked}: the purchaser has read the notice as it will be published. */
    public record Form(@NotNull @AssertTrue Boolean checked) {
    }

    private final FrameworkAgreementService agreements;

    PublishShortlistHandler(FrameworkAgreementService agreements) {
        super(Tendering.TASK_PUBLISH_SHORTLIST, Form.class);
        this.agreements = agreements;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        return PublishShortlistDelegate.variables(agreements.publishShortlist(context.actor(), context.projectId()));
    }
}
