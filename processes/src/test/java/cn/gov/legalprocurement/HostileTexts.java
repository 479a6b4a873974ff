package cn.gov.legalprocurement;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The hostile texts of the repository's corpus, {@code hostile-input/texts.json} (its path in the system property
 * {@code hostile.input}, which the build sets): overlong texts and texts with control characters, which every text
 * field refuses on the field, and markup of every kind, which is a valid text that must stay inert wherever it is
 * shown, printed or exported.
 */
public final class HostileTexts {

    public enum Kind { OVERLONG, CONTROL, MARKUP }

    public record Case(String name, Kind kind, String text, Integer times) {

        /** The text as typed: repeated {@code times} times where the corpus says so. */
        public String value() {
            return times == null ? text : text.repeat(times);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private record Corpus(String about, List<Case> cases) {
    }

    private HostileTexts() {
    }

    /** The cases of the given kinds, in the corpus's order. */
    public static List<Case> of(Kind... kinds) {
        try {
            List<Kind> wanted = Arrays.asList(kinds);
            return JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build()
                    .readValue(corpus().resolve("texts.json").toFile(), Corpus.class).cases().stream()
                    .filter(c -> wanted.contains(c.kind())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts every text field refuses: overlong ones and ones with control characters. */
    public static List<Case> refused() {
        return of(Kind.OVERLONG, Kind.CONTROL);
    }

    /** The corpus's directory. */
    public static Path corpus() {
        String dir = System.getProperty("hostile.input");
        if (dir == null) {
            throw new IllegalStateException("system property hostile.input (the path of hostile-input) is not set");
        }
        return Path.of(dir);
    }
}
