package cn.gov.legalprocurement.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document kept with the record it belongs to: never changed once stored, its SHA-256 proves it. */
@Entity
@Immutable
@Table(name = "stored_document")
public class StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_type", nullable = false)
    private String ownerType;
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;
    @Column(nullable = false)
    private String kind;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    private Integer pages;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "extracted_text")
    private String extractedText;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredDocument() {
    }

    StoredDocument(String ownerType, Long ownerId, String kind, String fileName, String mediaType, byte[] content,
                   Integer pages, String sha256, String extractedText, String createdBy, Instant createdAt) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.sizeBytes = content.length;
        this.pages = pages;
        this.sha256 = sha256;
        this.extractedText = extractedText;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Integer getPages() {
        return pages;
    }

    public String getSha256() {
        return sha256;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
