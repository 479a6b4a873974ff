package cn.gov.legalprocurement.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A refusal the user can act on: names the field (or null for the whole request), a message key in
 * {@code i18n/errors} and its arguments. The default message is Chinese; {@link #getMessage(Locale)}
 * renders it in the user's language.
 */
public class PortalException extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private static final String BUNDLE = "i18n.errors";

    private final Kind kind;
    private final String field;
    private final String code;
    private final transient Object[] args;

    public PortalException(Kind kind, String field, String code, Object... args) {
        super(render(Locale.SIMPLIFIED_CHINESE, field, code, args));
        this.kind = kind;
        this.field = field;
        this.code = code;
        this.args = args;
    }

    public static PortalException invalid(String field, String code, Object... args) {
        return new PortalException(Kind.INVALID, field, code, args);
    }

    public static PortalException forbidden(String code, Object... args) {
        return new PortalException(Kind.FORBIDDEN, null, code, args);
    }

    public static PortalException notFound(String what, Object id) {
        return new PortalException(Kind.NOT_FOUND, null, "error.not-found", what, id);
    }

    public static PortalException conflict(String field, String code, Object... args) {
        return new PortalException(Kind.CONFLICT, field, code, args);
    }

    public Kind kind() {
        return kind;
    }

    /** The form field at fault, or null when the refusal concerns the request as a whole. */
    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public String getMessage(Locale locale) {
        return render(locale, field, code, args);
    }

    private static String render(Locale locale, String field, String code, Object[] args) {
        String text = text(locale, code, code);
        String message = new MessageFormat(text, locale).format(args == null ? new Object[0] : args);
        if (field == null) {
            return message;
        }
        return text(locale, "field." + field, field) + text(locale, "format.field-separator", "：") + message;
    }

    private static String text(Locale locale, String key, String fallback) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            try {
                return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
            } catch (MissingResourceException missing) {
                return fallback;
            }
        }
    }
}
