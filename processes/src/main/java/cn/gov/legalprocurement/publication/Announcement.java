package cn.gov.legalprocurement.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** What the public reads: notices, results, contracts and acceptance results. Never changed once published. */
@Entity
@Immutable
@Table(name = "announcement")
public class Announcement {

    public enum Kind {
        PROCUREMENT_NOTICE, CLARIFICATION_NOTICE, SINGLE_SOURCE_NOTICE, FAILED_TENDER_NOTICE, AWARD_NOTICE, AWARD_CANCELLED_NOTICE,
        CONTRACT, ACCEPTANCE_RESULT,
        /** The shortlist of a framework agreement's stage one (110号令), open to challenge like an award. */
        SHORTLIST_NOTICE,
        /** A finance department's decision on a complaint (财政部令第94号 art. 37). */
        COMPLAINT_DECISION,
        /** A supplementary contract signed (政府采购法 49). */
        SUPPLEMENTARY_CONTRACT,
        /** What a purchasing unit intends to buy, before any project (财库〔2020〕10号); it belongs to no project. */
        PURCHASE_INTENTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The project announced; none for a purchase intention, which comes before any project. */
    @Column(name = "project_id")
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;
    @Column(name = "open_until")
    private Instant openUntil;
    @Column(name = "document_id")
    private Long documentId;

    protected Announcement() {
    }

    Announcement(Long projectId, Kind kind, String title, String body, Instant publishedAt, Instant openUntil,
                 Long documentId) {
        this.projectId = projectId;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.publishedAt = publishedAt;
        this.openUntil = openUntil;
        this.documentId = documentId;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getOpenUntil() {
        return openUntil;
    }

    /** The published document (PDF) this announcement carries, or null. */
    public Long getDocumentId() {
        return documentId;
    }
}
