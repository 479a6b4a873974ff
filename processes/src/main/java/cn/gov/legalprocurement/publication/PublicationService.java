package cn.gov.legalprocurement.publication;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.documents.StoredDocumentRepository;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.shared.PortalClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes what the law says must be public; read by anyone, without login. */
@Service
public class PublicationService {

    private final AnnouncementRepository announcements;
    private final StoredDocumentRepository documents;
    private final AuditLog audit;
    private final PortalClock clock;

    public PublicationService(AnnouncementRepository announcements, StoredDocumentRepository documents, AuditLog audit,
                              PortalClock clock) {
        this.announcements = announcements;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes an announcement with the document it makes public (null where it has none). */
    @Transactional
    public Announcement publish(long projectId, Announcement.Kind kind, String title, String body, Instant openUntil,
                                Optional<StoredDocument> document) {
        Long documentId = document.map(StoredDocument::getId).orElse(null);
        Announcement a = announcements.save(new Announcement(projectId, kind, title, body, clock.now(), openUntil, documentId));
        Map<String, Object> details = new LinkedHashMap<>(Map.of("announcement", a.getId(), "title", title));
        document.ifPresent(d -> details.put("document", d.getId()));
        audit.record(AuditLog.SYSTEM, "publication." + kind.name().toLowerCase(), ProcurementProject.class, projectId, null,
                details);
        return a;
    }

    /**
     * Publishes an announcement that belongs to no project (a purchase intention), recorded against what it
     * announces.
     */
    @Transactional
    public Announcement publishUnattached(Announcement.Kind kind, String title, String body, Class<?> announced, long announcedId) {
        Announcement a = announcements.save(new Announcement(null, kind, title, body, clock.now(), null, null));
        audit.record(AuditLog.SYSTEM, "publication." + kind.name().toLowerCase(), announced, announcedId, null,
                Map.of("announcement", a.getId(), "title", title));
        return a;
    }

    /** The document an announcement made public; the public may read it, and nothing else of the archive. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> document(Announcement announcement) {
        return announcement.getDocumentId() == null ? Optional.empty() : documents.findById(announcement.getDocumentId());
    }

    @Transactional(readOnly = true)
    public Optional<Announcement> announcement(long id) {
        return announcements.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Announcement> latest() {
        return announcements.findTop100ByOrderByPublishedAtDesc();
    }

    @Transactional(readOnly = true)
    public List<Announcement> latest(Announcement.Kind kind) {
        return announcements.findTop100ByKindOrderByPublishedAtDesc(kind);
    }

    @Transactional(readOnly = true)
    public List<Announcement> ofProject(long projectId) {
        return announcements.findByProjectIdOrderByPublishedAtAsc(projectId);
    }
}
