package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A PDF upload: PDF only, the size limit of {@code portal.uploads}, the upload's own progress bar, and the
 * archive's checks (malformed, encrypted, too many pages) shown as a clear message under the widget.
 */
public class PdfUpload extends Composite<VerticalLayout> {

    private final Span status = new Span();

    /**
     * @param label    what is uploaded (shown above the widget)
     * @param maxBytes the size limit
     * @param store    stores the file (through {@code DocumentArchive.uploadPdf}) and returns the stored document
     * @param stored   told about each stored document
     */
    public PdfUpload(String label, long maxBytes, BiFunction<String, byte[], StoredDocument> store, Consumer<StoredDocument> stored) {
        this(label, maxBytes, (fileName, data) -> {
            StoredDocument document = store.apply(fileName, data);
            stored.accept(document);
            return UI.getCurrent().getTranslation("upload.stored", document.getFileName(), document.getPages());
        }, 5);
    }

    /**
     * @param receive takes the file (name, bytes) and returns what to tell the user, or throws the refusal
     * @param maxFiles how many files one widget takes
     */
    public PdfUpload(String label, long maxBytes, BiFunction<String, byte[], String> receive, int maxFiles) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            try {
                status.setText(receive.apply(metadata.fileName(), data));
                status.getStyle().set("color", "var(--lumo-success-text-color)");
            } catch (PortalException e) {
                refuse(e.getMessage(getLocale()));
            }
        })));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(maxFiles);
        upload.addFileRejectedListener(e -> refuse(getTranslation("upload.rejected", maxBytes / (1024 * 1024))));
        upload.setDropLabel(new Span(getTranslation("upload.drop")));
        UploadI18N i18n = UploadTexts.of(this, getTranslation("upload.add"), getTranslation("upload.drop"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.rejected", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.not-pdf")).setTooManyFiles(getTranslation("upload.too-many")));
        upload.setI18n(i18n);
        Span caption = new Span(label + getTranslation("upload.limits", maxBytes / (1024 * 1024)));
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(caption, upload, status);
    }

    /** Shows a refusal of the file (its type, size or content) under the widget. */
    public void refuse(String message) {
        status.setText(message);
        status.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    public Span status() {
        return status;
    }
}
