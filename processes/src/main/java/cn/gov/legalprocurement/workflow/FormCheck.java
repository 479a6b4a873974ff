package cn.gov.legalprocurement.workflow;

import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What refuses a task form before its handler runs: its Bean Validation constraints (required, length, range), and
 * a control character in any of its texts. Each refusal names its field by its property path as Bean Validation
 * does ({@code instalments[0].description}), in the order of the paths.
 */
final class FormCheck {

    private FormCheck() {
    }

    static List<PortalException> refusals(Validator validator, Object form) {
        List<PortalException> refusals = new ArrayList<>();
        validator.validate(form).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(FormCheck::refusal).forEach(refusals::add);
        controlCharacters(form, "", refusals);
        return refusals;
    }

    private static PortalException refusal(ConstraintViolation<Object> v) {
        Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        String field = v.getPropertyPath().toString();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return PortalException.invalid(field, "error.required");
        }
        if (constraint instanceof Size) {
            return PortalException.invalid(field, "error.size", attributes.get("min"), attributes.get("max"));
        }
        if (constraint instanceof Min || constraint instanceof DecimalMin) {
            return PortalException.invalid(field, "error.min", attributes.get("value"));
        }
        if (constraint instanceof Max || constraint instanceof DecimalMax) {
            return PortalException.invalid(field, "error.max", attributes.get("value"));
        }
        return PortalException.invalid(field, "error.constraint", v.getMessage());
    }

    /**
     * The texts of the form (its record's components, and those of the records and lists in it) that hold a control
     * character. Texts in a map are checked by the service that knows their field's name (the contract's parts).
     */
    private static void controlCharacters(Object value, String path, List<PortalException> refusals) {
        if (value instanceof String text) {
            if (Texts.hasControlCharacters(text)) {
                refusals.add(PortalException.invalid(path, "error.text.control"));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                controlCharacters(list.get(i), path + "[" + i + "]", refusals);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object component;
                try {
                    c.getAccessor().trySetAccessible();
                    component = c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                controlCharacters(component, path.isEmpty() ? c.getName() : path + "." + c.getName(), refusals);
            }
        }
    }
}
