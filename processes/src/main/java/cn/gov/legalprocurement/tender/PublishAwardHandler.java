package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_PublishAward}: the purchaser checks the award notice and publishes it. */
@Component
public class PublishAwardHandler extends FormHandler<PublishAwardHandler.Form> {

    /** {@code checked}: the purchaser has read the notice as it will be published. */
    public record Form(@NotNull @AssertTrue Boolean checked) {
    }

    private final AwardService awards;

    PublishAwardHandler(AwardService awards) {
        super(Tendering.TASK_PUBLISH_AWARD, Form.class);
        this.awards = awards;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        return PublishAwardDelegate.variables(awards.publishAward(context.actor(), context.projectId(),
                context.longVariable(Vars.AWARD_ID)));
    }
}
