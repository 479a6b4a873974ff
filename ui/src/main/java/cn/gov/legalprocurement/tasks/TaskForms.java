package cn.gov.legalprocurement.tasks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Finds the form for a task's form key among the {@link TaskFormFor} beans (prototype-scoped forms). */
@Component
public class TaskForms {

    private final ApplicationContext context;
    private final Map<String, String> beanByFormKey = new HashMap<>();

    TaskForms(ApplicationContext context) {
        this.context = context;
        for (String name : context.getBeanNamesForAnnotation(TaskFormFor.class)) {
            TaskFormFor keys = context.findAnnotationOnBean(name, TaskFormFor.class);
            for (String key : keys.value()) {
                if (beanByFormKey.put(key, name) != null) {
                    throw new IllegalStateException("Two forms for form key " + key);
                }
            }
        }
    }

    /** A new form for the key (forms are per use: prototype scope). */
    public Optional<TaskForm<?>> create(String formKey) {
        String bean = beanByFormKey.get(formKey);
        return bean == null ? Optional.empty() : Optional.of((TaskForm<?>) context.getBean(bean));
    }
}
