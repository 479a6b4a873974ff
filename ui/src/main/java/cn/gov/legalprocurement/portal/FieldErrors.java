package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a service's refusal on the field it names, for views that call services directly (task forms
 * have {@code TaskForm.showRefusal}). A refusal naming no known field becomes a notification.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Registers the component showing a form field; its id becomes {@code field-<name>}, as in task forms. */
    public <C extends HasValidation> C add(String field, C component) {
        fields.put(field, component);
        if (component instanceof Component c) {
            c.setId("field-" + field);
        }
        return component;
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public void show(PortalException refusal, Locale locale) {
        clear();
        String message = refusal.getMessage(locale);
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            Views.error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
