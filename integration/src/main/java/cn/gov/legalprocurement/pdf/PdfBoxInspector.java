package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.PdfInspector;
import cn.gov.legalprocurement.shared.PortalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/**
 * Checks uploads with PDFBox and extracts their text (for search), refusing what cannot be archived. The
 * work one upload may cost is bounded: at most {@link #MAX_OPERATORS} content operators and
 * {@link #MAX_TIME} of extraction, checked at every page and every operator, so a small file whose pages
 * all draw one huge stream (a "PDF bomb") is refused quickly instead of holding a server thread.
 */
@Component
public class PdfBoxInspector implements PdfInspector {

    /** Text beyond this is not kept for search (a very long upload is still stored whole). */
    static final int MAX_TEXT = 1_000_000;
    static final long MAX_OPERATORS = 5_000_000;
    static final Duration MAX_TIME = Duration.ofSeconds(3);
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Inspection inspect(String field, byte[] content, int maxPages) {
        if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw PortalException.invalid(field, "error.upload.not-pdf");
        }
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.isEncrypted()) {
                throw PortalException.invalid(field, "error.upload.encrypted");
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw PortalException.invalid(field, "error.upload.malformed");
            }
            if (pages > maxPages) {
                throw PortalException.invalid(field, "error.upload.too-many-pages", pages, maxPages);
            }
            String text = new BoundedTextStripper().getText(doc);
            return new Inspection(pages, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        } catch (TooComplex e) {
            throw PortalException.invalid(field, "error.upload.too-complex");
        } catch (InvalidPasswordException e) {
            throw PortalException.invalid(field, "error.upload.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException portal) {
                throw portal;
            }
            throw PortalException.invalid(field, "error.upload.malformed");
        }
    }

    /** Thrown when an upload costs more than its bound. */
    private static final class TooComplex extends IOException {
        TooComplex() {
            super("upload exceeds its processing bound");
        }
    }

    /** Text extraction that stops once the operators or the time of one upload exceed their bound. */
    private static final class BoundedTextStripper extends PDFTextStripper {
        private final long deadline = System.nanoTime() + MAX_TIME.toNanos();
        private long operators;

        @Override
        public void processPage(PDPage page) throws IOException {
            check();
            super.processPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            operators++;
            check();
            super.processOperator(operator, operands);
        }

        private void check() throws TooComplex {
            if (operators > MAX_OPERATORS || System.nanoTime() > deadline) {
                throw new TooComplex();
            }
        }
    }
}
