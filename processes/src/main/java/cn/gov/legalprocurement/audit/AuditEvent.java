package cn.gov.legalprocurement.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the append-only audit trail: who did what, when, to which object, before and after. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String action;
    @Column(name = "object_type", nullable = false)
    private String objectType;
    @Column(name = "object_id", nullable = false)
    private String objectId;
    @Column(name = "before_state")
    private String beforeState;
    @Column(name = "after_state")
    private String afterState;
    /** Its place in the hash chain, given by {@link AuditChain} shortly after it is written. */
    @Column(name = "chain_seq", insertable = false, updatable = false)
    private Long chainSeq;
    @Column(name = "event_hash", insertable = false, updatable = false)
    private String eventHash;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String objectType, String objectId,
               String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public String getEventHash() {
        return eventHash;
    }
}
