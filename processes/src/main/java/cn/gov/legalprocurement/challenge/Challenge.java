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

/** A provider's challenge (质疑) of the documents, or of the process and its result (财政部令第94号 art. 10). */
@Entity
@Table(name = "challenge")
public class Challenge {

    /**
     * OPEN until answered; REJECTED; upheld: the result evaluated again or procured again (RESULT), the documents
     * amended (DOCUMENTS), the step corrected before the result (PROCESS).
     */
    public enum Status { OPEN, REJECTED, UPHELD_REEVALUATE, UPHELD_RETENDER, UPHELD_AMEND, UPHELD_CORRECT }

    /**
     * What is challenged: the documents (during the bid period); a step of the process, the opening, before the result
     * is announced (94号令 art. 11: within the period from the end of that step); the process and its result (after
     * the award notice).
     */
    public enum Subject { DOCUMENTS, PROCESS, RESULT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
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
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Challenge() {
    }

    Challenge(Long projectId, Subject subject, Long providerId, String filedBy, Instant filedAt, String grounds) {
        this.projectId = projectId;
        this.subject = subject;
        this.providerId = providerId;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.grounds = grounds;
        this.status = Status.OPEN;
    }

    void answer(Status outcome, String answer, String by, Instant at) {
        this.status = outcome;
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Subject getSubject() {
        return subject;
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

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
