package cn.gov.legalprocurement.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.PdfInspector;
import cn.gov.legalprocurement.shared.PortalException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class PdfBoxInspectorTest {

    final PdfBoxInspector inspector = new PdfBoxInspector();
    final byte[] contract = new PdfDocumentRenderer().render(DocumentTemplate.CONTRACT_LEGAL_ADVISER,
            DocumentModels.contract(Samples.contract(1))).pdf();

    @Test
    void extractsTheTextOfAGoodPdf() {
        PdfInspector.Inspection inspection = inspector.inspect("technicalProposal", contract, 10);
        assertThat(inspection.pages()).isEqualTo(2);
        assertThat(inspection.text()).contains("法律顾问服务合同", "保密义务");
    }

    @Test
    void refusesWhatIsNotAPdf() {
        assertRefused("%PNG fake".getBytes(StandardCharsets.US_ASCII), 10, "error.upload.not-pdf", "请上传 PDF 文件");
    }

    @Test
    void refusesAMalformedPdf() {
        assertRefused("%PDF-1.7\nthis is not a document".getBytes(StandardCharsets.US_ASCII), 10, "error.upload.malformed",
                "文件已损坏");
        assertRefused(Arrays.copyOf(contract, contract.length / 3), 10, "error.upload.malformed", "文件已损坏");
    }

    @Test
    void refusesEncryptedPdfs() throws Exception {
        assertRefused(encrypted("open-sesame"), 10, "error.upload.encrypted", "已加密");
        assertRefused(encrypted(""), 10, "error.upload.encrypted", "已加密");
    }

    @Test
    void refusesTooManyPages() {
        assertRefused(contract, 1, "error.upload.too-many-pages", "共 2 页，超过 1 页");
    }

    /** 300 pages sharing one content stream of 8 MB (a few KB compressed): refused, not extracted for minutes. */
    @Test
    void refusesAPdfBombWhosePagesShareOneHugeStream() throws Exception {
        byte[] bomb;
        try (PDDocument doc = new PDDocument()) {
            PDStream shared = new PDStream(doc);
            try (var out = shared.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] line = "0 0 m\n".getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 8 * 1024 * 1024 / line.length; i++) {
                    out.write(line);
                }
            }
            for (int i = 0; i < 300; i++) {
                PDPage page = new PDPage();
                page.setContents(shared);
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bomb = out.toByteArray();
        }
        assertThat(bomb.length).isLessThan(200_000);
        assertRefused(bomb, 300, "error.upload.too-complex", "过于复杂");
    }

    /** One page whose content inflates from under 1 MB to 256 MiB of blanks (four times the bound): refused within the memory and time bound. */
    @Test
    void refusesACompressionBombWithinItsMemoryBound() throws Exception {
        byte[] bomb = onePage(COSName.FLATE_DECODE, 256L << 20, (byte) ' ');
        assertThat(bomb.length).isLessThan(1_000_000);
        assertBounded(() -> assertRefused(bomb, 10, "error.upload.too-complex", "过于复杂"));
    }

    /** The same bomb in a font file, which text extraction would read whole. */
    @Test
    void refusesACompressionBombInAnyStreamOfTheFile() throws Exception {
        byte[] bomb;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDStream font = new PDStream(doc);
            try (var out = font.createOutputStream(COSName.FLATE_DECODE)) {
                writeRepeated(out, 256L << 20, (byte) 0);
            }
            doc.getPage(0).getCOSObject().setItem(COSName.getPDFName("PieceInfo"), font);
            bomb = save(doc);
        }
        assertBounded(() -> assertRefused(bomb, 10, "error.upload.too-complex", "过于复杂"));
    }

    /** 100,000 nested arrays in a page dictionary: refused as malformed, no stack overflow. */
    @Test
    void refusesDeepNesting() {
        String pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + "[".repeat(100_000)
                + "]".repeat(100_000) + " >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        assertBounded(() -> assertThatThrownBy(() -> inspector.inspect("licenceFile", pdf.getBytes(StandardCharsets.US_ASCII), 10))
                .isInstanceOf(PortalException.class));
    }

    /** A page tree that claims two billion pages, and one whose kids point back at itself: answered at once, by the real pages. */
    @Test
    void countsTheRealPagesOfHugeAndCyclicPageTrees() {
        String huge = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 2147483647 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        String cyclic = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        assertBounded(() -> assertThat(inspector.inspect("licenceFile", huge.getBytes(StandardCharsets.US_ASCII), 300).pages())
                .isEqualTo(1));
        // PDFBox leaves the loop after one turn and counts the tree's two nodes
        assertBounded(() -> assertThat(inspector.inspect("licenceFile", cyclic.getBytes(StandardCharsets.US_ASCII), 300).pages())
                .isBetween(1, 2));
    }

    /**
     * Runs a check of one upload and bounds what it costs the server: at most 5 s and 400 MB allocated
     * by the checking thread (the largest single buffer is the decoded-size bound, 64 MiB).
     */
    private static void assertBounded(Runnable check) {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        check.run();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
        assertThat(threads.getCurrentThreadAllocatedBytes() - allocated).as("bytes allocated").isLessThan(400L << 20);
    }

    private static byte[] onePage(COSName filter, long bytes, byte fill) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            PDStream content = new PDStream(doc);
            try (var out = content.createOutputStream(filter)) {
                writeRepeated(out, bytes, fill);
            }
            page.setContents(content);
            doc.addPage(page);
            return save(doc);
        }
    }

    private static void writeRepeated(java.io.OutputStream out, long bytes, byte fill) throws java.io.IOException {
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, fill);
        for (long written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
    }

    private static byte[] save(PDDocument doc) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private void assertRefused(byte[] content, int maxPages, String code, String message) {
        assertThatThrownBy(() -> inspector.inspect("licenceFile", content, maxPages))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("licenceFile");
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    private static byte[] encrypted(String userPassword) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
