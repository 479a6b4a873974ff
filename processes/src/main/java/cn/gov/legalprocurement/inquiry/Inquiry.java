package cn.gov.legalprocurement.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A supplier's inquiry (询问, 政府采购法 art. 51) about a procurement, answered by the purchaser within
 * {@code inquiry-answer-working-days} (实施条例 art. 52). The asker is known to the portal, which delivers
 * the answer, but not shown to the purchaser: an inquirer is a potential bidder (87号令 art. 14).
 */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(name = "asked_by", nullable = false)
    private String askedBy;
    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;
    @Column(nullable = false, length = 4000)
    private String question;
    @Column(name = "answer_due", nullable = false)
    private Instant answerDue;
    @Column(length = 4000)
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Inquiry() {
    }

    Inquiry(Long projectId, Long providerId, String askedBy, Instant askedAt, String question, Instant answerDue) {
        this.projectId = projectId;
        this.providerId = providerId;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
        this.question = question;
        this.answerDue = answerDue;
    }

    void answer(String answer, String by, Instant at) {
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** Answered after its due moment (or still open past it). */
    public boolean isLate(Instant now) {
        return (answeredAt == null ? now : answeredAt).isAfter(answerDue);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAnswerDue() {
        return answerDue;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
