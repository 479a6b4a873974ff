package cn.gov.legalprocurement.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** The committee drawn for one round of a project; the seed makes the draw reproducible for audit. */
@Entity
@Table(name = "evaluation_committee")
public class EvaluationCommittee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "tender_round", nullable = false)
    private int tenderRound;
    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;
    @Column(name = "drawn_by", nullable = false)
    private String drawnBy;
    @Column(name = "random_seed", nullable = false)
    private long randomSeed;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_member", joinColumns = @JoinColumn(name = "committee_id"))
    @Column(name = "expert_id")
    private Set<Long> expertIds = new LinkedHashSet<>();

    protected EvaluationCommittee() {
    }

    EvaluationCommittee(Long projectId, int tenderRound, Instant drawnAt, String drawnBy, long randomSeed,
                        Set<Long> expertIds) {
        this.projectId = projectId;
        this.tenderRound = tenderRound;
        this.drawnAt = drawnAt;
        this.drawnBy = drawnBy;
        this.randomSeed = randomSeed;
        this.expertIds = new LinkedHashSet<>(expertIds);
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

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public long getRandomSeed() {
        return randomSeed;
    }

    public Set<Long> getExpertIds() {
        return Set.copyOf(expertIds);
    }
}
