package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.workflow.WorkTask;
import com.vaadin.flow.component.Component;

/** A task's name in the user's language: {@code task.<formKey>} in the bundles, else the model's name. */
public final class TaskNames {

    private TaskNames() {
    }

    public static String of(Component where, WorkTask task) {
        return PortalI18n.orElse(where, "task." + task.formKey(), task.name());
    }
}
