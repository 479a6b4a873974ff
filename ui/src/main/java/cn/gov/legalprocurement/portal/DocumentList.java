package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Documents with their kind, pages, time and SHA-256, each downloadable, with a button that recomputes
 * the fingerprint. The caller decides that the user may read the documents' owner.
 */
public class DocumentList extends Grid<StoredDocument> {

    public DocumentList(DocumentArchive archive, List<StoredDocument> documents) {
        super(StoredDocument.class, false);
        addComponentColumn(d -> download(archive, d)).setHeader(getTranslation("documents.file")).setFlexGrow(2);
        addColumn(d -> translatedKind(d.getKind())).setHeader(getTranslation("documents.kind")).setAutoWidth(true);
        addColumn(StoredDocument::getPages).setHeader(getTranslation("documents.pages")).setAutoWidth(true);
        addColumn(d -> Formats.dateTime(d.getCreatedAt())).setHeader(getTranslation("documents.created")).setAutoWidth(true);
        addColumn(d -> d.getSha256().substring(0, 16) + "…").setHeader("SHA-256").setAutoWidth(true)
                .setTooltipGenerator(StoredDocument::getSha256);
        addComponentColumn(d -> {
            Button verify = new Button(getTranslation("documents.verify"), e -> {
                if (archive.verify(d.getId())) {
                    Views.success(getTranslation("documents.verified", d.getFileName()));
                } else {
                    Views.error(getTranslation("documents.tampered", d.getFileName()));
                }
            });
            verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return verify;
        }).setAutoWidth(true);
        setItems(documents);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("documents.none"));
        addClassName("documents");
    }

    public static Anchor download(DocumentArchive archive, StoredDocument d) {
        Anchor link = new Anchor(handler(archive, d), d.getFileName());
        link.getElement().setAttribute("target", "_blank");
        return link;
    }

    /** Streams the stored bytes when the browser asks, not when the page is built. */
    public static InputStreamDownloadHandler handler(DocumentArchive archive, StoredDocument d) {
        long id = d.getId();
        String name = d.getFileName();
        String type = d.getMediaType();
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = archive.content(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        });
    }

    private String translatedKind(String kind) {
        return PortalI18n.orElse(this, "document-kind." + kind, kind);
    }
}
