package cn.gov.legalprocurement.tasks;

import java.lang.annotation.ElementType;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link TaskForm} with the form keys (from the BPMN user tasks) it serves; it makes the form a
 * prototype bean, so every task view gets a fresh one with its services injected.
 */
@Component
@Scope("prototype")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TaskFormFor {
    String[] value();
}
