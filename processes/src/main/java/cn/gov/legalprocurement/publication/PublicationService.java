package cn.gov.legalprocurement.publication;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.shared.PortalClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes what the law says must be public; read by anyone, without login. */
@Service
public class PublicationService {

    private final AnnouncementRepository announcements;
    private final AuditLog audit;
    private final PortalClock clock;

    public PublicationService(AnnouncementRepository announcements, AuditLog audit, PortalClock clock) {
        this.announcements = announcements;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Announcement publish(long projectId, Announcement.Kind kind, String title, String body, Instant openUntil) {
        Announcement a = announcements.save(new Announcement(projectId, kind, title, body, clock.now(), openUntil));
        audit.record(AuditLog.SYSTEM, "publication." + kind.name().toLowerCase(), "ProcurementProject", projectId, null,
                Map.of("announcement", a.getId(), "title", title));
        return a;
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
