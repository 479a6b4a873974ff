package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a service's refusal on the field it names, for views that call services directly (task forms
 * have {@code TaskForm.showRefusal}), and every empty required field at once before the service is
 * asked. A refusal naming no known field becomes a notification.
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

    /**
     * Marks every required field left empty, all at once, before the service is asked; true when none is.
     * A field is required when it shows the required indicator.
     */
    public boolean requiredFilled() {
        clear();
        boolean filled = true;
        for (HasValidation field : fields.values()) {
            if (field instanceof HasValue<?, ?> value && value.isRequiredIndicatorVisible() && empty(value.getValue())) {
                field.setErrorMessage(((Component) field).getTranslation("form.required"));
                field.setInvalid(true);
                filled = false;
            }
        }
        return filled;
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public void show(PortalException refusal, Locale locale) {
        if (!mark(refusal, locale)) {
            Views.error(refusal.getMessage(locale));
        }
    }

    /** Shows the refusal on the field it names; false (and nothing marked) when it names none of these. */
    public boolean mark(PortalException refusal, Locale locale) {
        clear();
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(refusal.getMessage(locale));
        field.setInvalid(true);
        return true;
    }
}
