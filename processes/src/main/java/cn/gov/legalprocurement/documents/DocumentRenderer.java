package cn.gov.legalprocurement.documents;

import java.util.Map;

/**
 * Port: turns a named template of the {@code templates} module and its values into an archival
 * PDF (PDF/A-2b). Implemented in {@code integration}; a template asking for a value that is not
 * given is refused, never printed as a blank.
 */
public interface DocumentRenderer {

    RenderedDocument render(DocumentTemplate template, Map<String, String> values);

    /** The PDF, its page count and the SHA-256 of its bytes. */
    record RenderedDocument(byte[] pdf, int pages, String sha256) {
    }
}
