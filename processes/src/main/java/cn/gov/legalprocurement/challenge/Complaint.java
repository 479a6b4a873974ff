package cn.gov.legalprocurement.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A supplier's complaint (投诉, 财政部令第94号) to the finance department about a challenge it was not satisfied
 * with; finance decides, and may suspend the procurement for at most {@code complaint-suspension-max-days} meanwhile.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    /**
     * {@code UPHELD_NO_EFFECT}: founded, but the result stands and the procurement goes on; {@code UPHELD_RESULT_VOID}:
     * founded and it affects the result: the award is void and the procurement is carried out again (94号令 art. 32).
     */
    public enum Status { OPEN, DISMISSED, UPHELD_NO_EFFECT, UPHELD_RESULT_VOID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "challenge_id", nullable = false)
    private Long challengeId;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(name = "filed_by", nullable = false)
    private String filedBy;
    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;
    @Column(nullable = false)
    private String grounds;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private String decision;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "suspended_at")
    private Instant suspendedAt;
    @Column(name = "suspended_until")
    private Instant suspendedUntil;
    @Column(name = "resumed_at")
    private Instant resumedAt;

    protected Complaint() {
    }

    Complaint(Long projectId, Long challengeId, Long providerId, String filedBy, Instant filedAt, String grounds) {
        this.projectId = projectId;
        this.challengeId = challengeId;
        this.providerId = providerId;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.grounds = grounds;
        this.status = Status.OPEN;
    }

    void suspended(Instant at, Instant until) {
        this.suspendedAt = at;
        this.suspendedUntil = until;
    }

    void resumed(Instant at) {
        this.resumedAt = at;
    }

    void decide(Status outcome, String decision, String by, Instant at) {
        this.status = outcome;
        this.decision = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** The procurement is suspended for this complaint now. */
    public boolean isSuspending() {
        return suspendedAt != null && resumedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getGrounds() {
        return grounds;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    public Instant getSuspendedUntil() {
        return suspendedUntil;
    }

    public Instant getResumedAt() {
        return resumedAt;
    }
}
