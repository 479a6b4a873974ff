package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Writes the hostile uploads of the repository's corpus, {@code hostile-input/uploads}: files whose type lies,
 * malformed and encrypted PDFs, PDF bombs (pages sharing one huge stream, compression bombs in a page and in any
 * stream, deep nesting) and lying page trees. The files are kept in the repository, so that they can be tried by
 * hand against a running portal too; {@code manifest.tsv} there says what the portal must answer to each, and
 * {@link HostileUploadsTest} checks it. The command that writes them again is in {@code hostile-input/README.md}.
 */
public final class HostileUploads {

    private HostileUploads() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "hostile-input/uploads");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : build().entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
            System.out.printf("%-36s %,12d bytes%n", file.getKey(), file.getValue().length);
        }
    }

    static Map<String, byte[]> build() throws IOException {
        byte[] contract = new PdfDocumentRenderer().render(DocumentTemplate.CONTRACT_LEGAL_ADVISER,
                DocumentModels.contract(Samples.contract(1))).pdf();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("two-page-contract.pdf", contract);
        files.put("png-named-pdf.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D});
        files.put("html-named-pdf.pdf", ascii("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n"));
        files.put("header-only.pdf", ascii("%PDF-1.7\nthis is not a document\n"));
        files.put("truncated.pdf", Arrays.copyOf(contract, contract.length / 3));
        files.put("encrypted-user-password.pdf", encrypted("open-sesame"));
        files.put("encrypted-owner-password-only.pdf", encrypted(""));
        files.put("bomb-300-pages-share-one-stream.pdf", pagesSharingOneStream(300, 8 << 20));
        files.put("bomb-compressed-page-content.pdf", compressedPageContent(256L << 20));
        files.put("bomb-compressed-unused-stream.pdf", compressedUnusedStream(256L << 20));
        files.put("bomb-deep-nesting.pdf", ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + "[".repeat(100_000)
                + "]".repeat(100_000) + " >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        files.put("page-tree-claims-two-billion-pages.pdf", ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 2147483647 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        files.put("page-tree-cycle.pdf", ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        return files;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
            return save(doc);
        }
    }

    /** Pages that all draw one content stream of the given size (a few KB compressed). */
    private static byte[] pagesSharingOneStream(int pages, int bytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDStream shared = new PDStream(doc);
            try (OutputStream out = shared.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] line = ascii("0 0 m\n");
                for (int i = 0; i < bytes / line.length; i++) {
                    out.write(line);
                }
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setContents(shared);
                doc.addPage(page);
            }
            return save(doc);
        }
    }

    /** One page whose content inflates to the given size of blanks. */
    private static byte[] compressedPageContent(long bytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            PDStream content = new PDStream(doc);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                writeRepeated(out, bytes, (byte) ' ');
            }
            page.setContents(content);
            doc.addPage(page);
            return save(doc);
        }
    }

    /** The same bomb in a stream no page draws, which a reader that decodes every stream would still inflate. */
    private static byte[] compressedUnusedStream(long bytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                writeRepeated(out, bytes, (byte) 0);
            }
            doc.getPage(0).getCOSObject().setItem(COSName.getPDFName("PieceInfo"), stream);
            return save(doc);
        }
    }

    private static void writeRepeated(OutputStream out, long bytes, byte fill) throws IOException {
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, fill);
        for (long written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
