package cn.gov.legalprocurement.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.documents.PdfInspector;
import cn.gov.legalprocurement.shared.PortalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile uploads of the repository's corpus ({@code hostile-input/uploads}, written by {@link HostileUploads})
 * through the check every upload of the portal passes (licences, bid attachments, reports: {@link PdfInspector}),
 * each answered as its {@code manifest.tsv} says: refused on the upload's field with a message in Chinese, or
 * accepted with the pages it really has; each within 5 s and 400 MB allocated by the checking thread.
 */
class HostileUploadsTest {

    record Row(String file, int maxPages, String answer, String words) {
        @Override
        public String toString() {
            return file + " (at most " + maxPages + " pages)";
        }
    }

    final PdfBoxInspector inspector = new PdfBoxInspector();

    static Path uploads() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("hostile-input/uploads"))) {
                return dir.resolve("hostile-input/uploads");
            }
        }
        throw new IllegalStateException("hostile-input/uploads not found above " + Path.of("").toAbsolutePath());
    }

    static List<Row> manifest() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(uploads().resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t", -1);
                rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f.length > 3 ? f[3] : ""));
            }
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyHostileUploadIsAnsweredAsItsManifestSays() throws IOException {
        return manifest().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            byte[] content = Files.readAllBytes(uploads().resolve(row.file()));
            if (row.answer().startsWith("pages=")) {
                String[] range = row.answer().substring("pages=".length()).split("\\.\\.");
                int[] pages = new int[1];
                assertBounded(() -> pages[0] = inspector.inspect("attachments", content, row.maxPages()).pages());
                assertThat(pages[0]).isBetween(Integer.parseInt(range[0]), Integer.parseInt(range[range.length - 1]));
            } else {
                assertBounded(() -> assertThatThrownBy(() -> inspector.inspect("attachments", content, row.maxPages()))
                        .isInstanceOfSatisfying(PortalException.class, e -> {
                            assertThat(e.field()).isEqualTo("attachments");
                            assertThat(e.code()).isEqualTo(row.answer());
                            assertThat(e.getMessage(Locale.CHINA)).contains(row.words());
                        }));
            }
        }));
    }

    @Test
    void everyFileOfTheCorpusHasItsAnswerAndEveryBombIsSmall() throws IOException {
        List<String> listed = manifest().stream().map(Row::file).distinct().toList();
        try (Stream<Path> files = Files.list(uploads())) {
            List<Path> corpus = files.filter(f -> !f.getFileName().toString().endsWith(".tsv")).toList();
            assertThat(corpus).extracting(f -> f.getFileName().toString()).containsExactlyInAnyOrderElementsOf(listed);
            for (Path bomb : corpus.stream().filter(f -> f.getFileName().toString().startsWith("bomb-")).toList()) {
                assertThat(Files.size(bomb)).as(bomb.getFileName().toString()).isLessThan(300_000);
            }
        }
    }

    /**
     * Runs a check of one upload and bounds what it costs the server: at most 5 s and 400 MB allocated
     * by the checking thread (the largest single buffer is the decoded-size bound, 64 MiB).
     */
    static void assertBounded(Runnable check) {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        check.run();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(threads.getCurrentThreadAllocatedBytes() - allocated).as("bytes allocated").isLessThan(400L << 20);
    }
}
