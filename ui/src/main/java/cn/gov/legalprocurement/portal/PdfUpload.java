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
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            try {
                StoredDocument document = store.apply(metadata.fileName(), data);
                status.setText(getTranslation("upload.stored", document.getFileName(), document.getPages()));
                status.getStyle().set("color", "var(--lumo-success-text-color)");
                stored.accept(document);
            } catch (PortalException e) {
                refused(e.getMessage(getLocale()));
            }
        })));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(5);
        upload.addFileRejectedListener(e -> refused(getTranslation("upload.rejected", maxBytes / (1024 * 1024))));
        upload.setDropLabel(new Span(getTranslation("upload.drop")));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")).setMany(getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.rejected", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.not-pdf")).setTooManyFiles(getTranslation("upload.too-many")));
        upload.setI18n(i18n);
        Span caption = new Span(label + getTranslation("upload.limits", maxBytes / (1024 * 1024)));
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(caption, upload, status);
    }

    private void refused(String message) {
        status.setText(message);
        status.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    public Span status() {
        return status;
    }
}
