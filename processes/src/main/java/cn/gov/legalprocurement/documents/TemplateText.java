package cn.gov.legalprocurement.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Templates are read once: the search index fills a contract's template for every contract it indexes. */
    private static final Map<DocumentTemplate, String> LOADED = new ConcurrentHashMap<>();

    private TemplateText() {
    }

    public static String load(DocumentTemplate template) {
        return LOADED.computeIfAbsent(template, TemplateText::read);
    }

    private static String read(DocumentTemplate template) {
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

    /** What a line of a template is: its markup, read before the template is filled. */
    public enum Kind { TITLE, HEADING, ROW, SIGNATURES, TEXT }

    /**
     * One line of a filled template: a title or heading with its text, a table row with its cells, the
     * signature block with the parties and their signatures (purchaser, signature, provider, signature), or
     * a line of text.
     */
    public record Line(Kind kind, String text, List<String> cells) {
    }

    /**
     * The filled template line by line, for the PDF and for the web text alike. The template's markup is
     * read before it is filled, so a value that looks like markup (a line of a user's text starting with
     * "#" or "|") stays text; only the {@code ${...Rows}} placeholders bring rows the code writes.
     */
    public static List<Line> lines(DocumentTemplate template, Map<String, String> values) {
        List<Line> lines = new ArrayList<>();
        for (String line : load(template).split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("# ")) {
                lines.add(new Line(Kind.TITLE, fill(template, trimmed.substring(2), values), List.of()));
            } else if (trimmed.startsWith("## ")) {
                lines.add(new Line(Kind.HEADING, fill(template, trimmed.substring(3), values), List.of()));
            } else if (trimmed.equals("[signatures]")) {
                lines.add(new Line(Kind.SIGNATURES, "", List.of(values.getOrDefault("purchaserName", ""),
                        values.getOrDefault("purchaserSignature", ""), values.getOrDefault("providerName", ""),
                        values.getOrDefault("providerSignature", ""))));
            } else if (ROWS.matcher(trimmed).matches()) {
                for (String row : fill(template, trimmed, values).split("\n")) {
                    lines.add(isRow(row.strip()) ? new Line(Kind.ROW, "", cells(row.strip())) : new Line(Kind.TEXT, row, List.of()));
                }
            } else if (isRow(trimmed)) {
                lines.add(new Line(Kind.ROW, "", cells(trimmed).stream().map(c -> fill(template, c, values)).toList()));
            } else {
                for (String text : fill(template, line, values).split("\n", -1)) {
                    lines.add(new Line(Kind.TEXT, text, List.of()));
                }
            }
        }
        return lines;
    }

    /**
     * The filled template as the web page shows it: the title line left out (the page shows the title),
     * headings as plain lines, table rows as their cells, the signature block as the parties and their
     * signatures.
     */
    public static String plain(DocumentTemplate template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines(template, values)) {
            switch (line.kind()) {
                case TITLE -> {
                }
                case SIGNATURES -> out.append("甲方（盖章）：").append(line.cells().get(0)).append("　代表签字：")
                        .append(line.cells().get(1)).append('\n')
                        .append("乙方（盖章）：").append(line.cells().get(2)).append("　代表签字：")
                        .append(line.cells().get(3)).append('\n');
                case ROW -> out.append(String.join(" | ", line.cells())).append('\n');
                case HEADING, TEXT -> out.append(line.text()).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static boolean isRow(String line) {
        return line.length() > 1 && line.startsWith("|") && line.endsWith("|");
    }

    /** "| a | b |" as its cells, empty ones kept. */
    private static List<String> cells(String row) {
        return Arrays.stream(row.substring(1, row.length() - 1).split("\\|", -1)).map(String::strip).toList();
    }

}
