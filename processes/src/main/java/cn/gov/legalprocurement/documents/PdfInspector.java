package cn.gov.legalprocurement.documents;

/**
 * Port: checks an uploaded file that must be a PDF (magic bytes, parsable, not encrypted, page
 * limit) and extracts its text for search. Refusals are {@code PortalException}s naming the field.
 */
public interface PdfInspector {

    Inspection inspect(String field, byte[] content, int maxPages);

    record Inspection(int pages, String text) {
    }
}
