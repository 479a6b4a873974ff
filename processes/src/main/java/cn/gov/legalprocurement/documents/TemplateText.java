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
    /** A line that is one placeholder of table rows the code writes ({@code ${rankingRows}}). */
    private static final Pattern ROWS = Pattern.compile("\\$\\{[A-Za-z]+Rows}");

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
     * headings as plain lines, table rows as their cells, the signature block as the parties and their
     * signatures. The template's markup is read before it is filled, so a value that looks like markup
     * (a line of a user's text starting with "#") is printed as it was written.
     */
    public static String plain(DocumentTemplate template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (String line : load(template).split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("# ")) {
                continue;
            }
            if (trimmed.equals("[signatures]")) {
                out.append("甲方（盖章）：").append(values.getOrDefault("purchaserName", "")).append("　代表签字：")
                        .append(values.getOrDefault("purchaserSignature", "")).append('\n')
                        .append("乙方（盖章）：").append(values.getOrDefault("providerName", "")).append("　代表签字：")
                        .append(values.getOrDefault("providerSignature", "")).append('\n');
            } else if (trimmed.startsWith("## ")) {
                out.append(fill(template, trimmed.substring(3), values)).append('\n');
            } else if (ROWS.matcher(trimmed).matches()) {
                // rows the code writes in the template's table markup, one per line
                for (String row : fill(template, trimmed, values).split("\n")) {
                    out.append(isRow(row.strip()) ? cells(row.strip()) : row).append('\n');
                }
            } else if (isRow(trimmed)) {
                out.append(fill(template, cells(trimmed), values)).append('\n');
            } else {
                out.append(fill(template, line, values)).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static boolean isRow(String line) {
        return line.length() > 1 && line.startsWith("|") && line.endsWith("|");
    }

    /** "| a | b |" as "a | b" (empty cells kept). */
    private static String cells(String row) {
        return String.join(" | ", java.util.Arrays.stream(row.substring(1, row.length() - 1).split("\\|", -1))
                .map(String::strip).toList());
    }

}
