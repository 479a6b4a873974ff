package cn.gov.legalprocurement.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A supplier invited to an invited tender (邀请招标, 政府采购法 art. 34): drawn at random from the eligible
 * pool; only the invited may bid. Who was invited is not shown to other suppliers (87号令 art. 14).
 */
@Entity
@Table(name = "tender_invitation")
public class TenderInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "tender_round", nullable = false)
    private int tenderRound;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected TenderInvitation() {
    }

    TenderInvitation(Long projectId, int tenderRound, Long providerId, Instant invitedAt) {
        this.projectId = projectId;
        this.tenderRound = tenderRound;
        this.providerId = providerId;
        this.invitedAt = invitedAt;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getTenderRound() {
        return tenderRound;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
