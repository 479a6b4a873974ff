package cn.gov.legalprocurement.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template of the templates module, and filling its {@code ${name}} placeholders: the one text both an
 * archived PDF and the web page of its announcement are made from.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private TemplateText() {
    }

    public static String load(DocumentTemplate template) {
        try (InputStream in = TemplateText.class.getResourceAsStream("/templates/" + template.file())) {
            if (in == null) {
                throw new IllegalStateException("Template " + template.file() + " is missing from the templates module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Fills every placeholder; a name without a value is an error, never a blank in a contract. */
    public static String fill(DocumentTemplate template, String text, Map<String, String> values) {
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

    /**
     * The filled template as the web page shows it: the title line left out (the page shows the title),
     * headings as plain lines, table rows as their cells, and layout marks such as {@code [signatures]} dropped.
     */
    public static String plain(DocumentTemplate template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (String line : fill(template, load(template), values).split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("# ") || trimmed.matches("\\[[a-z-]+]")) {
                continue;
            }
            if (trimmed.startsWith("## ")) {
                trimmed = trimmed.substring(3);
            } else if (trimmed.length() > 1 && trimmed.startsWith("|") && trimmed.endsWith("|")) {
                trimmed = String.join(" | ", java.util.Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|"))
                        .map(String::strip).toList());
            }
            out.append(trimmed).append('\n');
        }
        return out.toString().strip();
    }

}
