package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.PdfInspector;
import cn.gov.legalprocurement.shared.PortalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/** Checks uploads with PDFBox and extracts their text (for search), refusing what cannot be archived. */
@Component
public class PdfBoxInspector implements PdfInspector {

    /** Text beyond this is not kept for search (a very long upload is still stored whole). */
    static final int MAX_TEXT = 1_000_000;
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
            String text = new PDFTextStripper().getText(doc);
            return new Inspection(pages, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        } catch (InvalidPasswordException e) {
            throw PortalException.invalid(field, "error.upload.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException portal) {
                throw portal;
            }
            throw PortalException.invalid(field, "error.upload.malformed");
        }
    }
}
