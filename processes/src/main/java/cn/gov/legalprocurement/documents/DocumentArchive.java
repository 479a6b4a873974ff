package cn.gov.legalprocurement.documents;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Fingerprint;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.PortalProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps documents with their records, in the same transaction as the change they document: PDFs
 * the portal renders (when a renderer is deployed) and files users upload (checked first).
 */
@Service
public class DocumentArchive {

    static final String PDF = "application/pdf";

    private final StoredDocumentRepository documents;
    private final ObjectProvider<DocumentRenderer> renderer;
    private final ObjectProvider<PdfInspector> inspector;
    private final PortalProperties properties;
    private final AuditLog audit;
    private final PortalClock clock;

    DocumentArchive(StoredDocumentRepository documents, ObjectProvider<DocumentRenderer> renderer,
                    ObjectProvider<PdfInspector> inspector, PortalProperties properties, AuditLog audit, PortalClock clock) {
        this.documents = documents;
        this.renderer = renderer;
        this.inspector = inspector;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Renders and stores a document; empty where no renderer is deployed (the process layer alone). */
    @Transactional
    public Optional<StoredDocument> render(Class<?> ownerType, long ownerId, String kind, String fileName,
                                           DocumentTemplate template, Map<String, String> values) {
        DocumentRenderer pdf = renderer.getIfAvailable();
        if (pdf == null) {
            return Optional.empty();
        }
        DocumentRenderer.RenderedDocument rendered = pdf.render(template, values);
        StoredDocument stored = documents.save(new StoredDocument(ownerType.getSimpleName(), ownerId, kind, fileName, PDF, rendered.pdf(),
                rendered.pages(), rendered.sha256(), null, AuditLog.SYSTEM, clock.now()));
        audit.record(AuditLog.SYSTEM, "document.render", ownerType, ownerId, null,
                Map.of("kind", kind, "document", stored.getId(), "sha256", stored.getSha256(), "pages", rendered.pages()));
        return Optional.of(stored);
    }

    /**
     * Stores an uploaded PDF after checking it; refusals name the form field and change nothing, so a
     * caller may catch one and go on in its transaction.
     */
    @Transactional(noRollbackFor = PortalException.class)
    public StoredDocument uploadPdf(Actor actor, String field, Class<?> ownerType, long ownerId, String kind, String fileName,
                                    byte[] content) {
        if (content == null || content.length == 0) {
            throw PortalException.invalid(field, "error.required");
        }
        if (content.length > properties.uploads().maxBytes()) {
            throw PortalException.invalid(field, "error.upload.too-large", properties.uploads().maxBytes() / (1024 * 1024));
        }
        if (fileName == null || !fileName.toLowerCase().endsWith(".pdf")) {
            throw PortalException.invalid(field, "error.upload.not-pdf");
        }
        PdfInspector.Inspection inspection = inspector.getObject().inspect(field, content, properties.uploads().maxPages());
        StoredDocument stored = documents.save(new StoredDocument(ownerType.getSimpleName(), ownerId, kind, fileName, PDF, content,
                inspection.pages(), Fingerprint.sha256(content), inspection.text(), actor.username(), clock.now()));
        audit.record(actor, "document.upload", ownerType, ownerId, null, Map.of("kind", kind, "file", fileName,
                "document", stored.getId(), "sha256", stored.getSha256(), "pages", inspection.pages()));
        return stored;
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> latest(Class<?> ownerType, long ownerId, String kind) {
        return documents.findFirstByOwnerTypeAndOwnerIdAndKindOrderByIdDesc(ownerType.getSimpleName(), ownerId, kind);
    }

    @Transactional(readOnly = true)
    public List<StoredDocument> of(Class<?> ownerType, long ownerId) {
        return documents.findByOwnerTypeAndOwnerIdOrderByCreatedAtDesc(ownerType.getSimpleName(), ownerId);
    }

    /** Recomputes the stored document's SHA-256 and compares it with the one recorded when it was stored. */
    @Transactional(readOnly = true)
    public boolean verify(long documentId) {
        StoredDocument d = documents.findById(documentId).orElseThrow(() -> PortalException.notFound("Document", documentId));
        return d.getSha256().equals(Fingerprint.sha256(d.getContent()));
    }

    /** The stored bytes of a document; callers have checked that the user may read its owner. */
    @Transactional(readOnly = true)
    public byte[] content(long documentId) {
        return documents.findById(documentId).orElseThrow(() -> PortalException.notFound("Document", documentId)).getContent();
    }
}
