package cn.gov.legalprocurement.shared;

import java.util.regex.Pattern;

/** Validates user-entered text: present, within its column's length, free of control characters. */
public final class Texts {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t\\r]]");

    private Texts() {
    }

    /** The stripped text, or a refusal on the field (required, too long, or with control characters). */
    public static String require(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw PortalException.invalid(field, "error.required");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw PortalException.invalid(field, "error.size", 1, maxLength);
        }
        if (hasControlCharacters(stripped)) {
            throw PortalException.invalid(field, "error.text.control");
        }
        return stripped;
    }

    /** Whether the text holds a control character other than a line break or a tab. */
    public static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    /** As {@link #require}, but an empty text is allowed and comes back as {@code null}. */
    public static String optional(String field, String text, int maxLength) {
        return text == null || text.isBlank() ? null : require(field, text, maxLength);
    }
}
