package cn.gov.legalprocurement.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One round of a competitive negotiation (consultation): what the panel negotiated with the suppliers,
 * the change to the documents it made, if any (every supplier still in it is told), and who left the
 * negotiation for not meeting the requirements.
 */
@Entity
@Table(name = "negotiation_round")
public class NegotiationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    /** The round of the first responses being negotiated. */
    @Column(name = "tender_round", nullable = false)
    private int tenderRound;
    @Column(name = "round_no", nullable = false)
    private int roundNo;
    @Column(nullable = false)
    private String minutes;
    @Column(name = "documents_change")
    private String documentsChange;
    /** The suppliers eliminated in this round with the reason, one per line. */
    private String eliminated;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NegotiationRound() {
    }

    NegotiationRound(Long projectId, int tenderRound, int roundNo, String minutes, String documentsChange,
                     String eliminated, String recordedBy, Instant recordedAt) {
        this.projectId = projectId;
        this.tenderRound = tenderRound;
        this.roundNo = roundNo;
        this.minutes = minutes;
        this.documentsChange = documentsChange;
        this.eliminated = eliminated;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getTenderRound() {
        return tenderRound;
    }

    public int getRoundNo() {
        return roundNo;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getDocumentsChange() {
        return documentsChange;
    }

    public String getEliminated() {
        return eliminated;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
