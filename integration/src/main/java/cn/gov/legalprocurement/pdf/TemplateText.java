package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.DocumentTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A template of the templates module, and filling its {@code ${name}} placeholders. */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private TemplateText() {
    }

    static String load(DocumentTemplate template) {
        try (InputStream in = TemplateText.class.getResourceAsStream("/templates/" + template.file())) {
            if (in == null) {
                throw new IllegalStateException("Template " + template.file() + " is missing from the templates module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Fills every placeholder; a name without a value is an error, never a blank in a contract. */
    static String fill(DocumentTemplate template, String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Template " + template.file() + " uses ${" + m.group(1)
                        + "} which the code does not supply");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
