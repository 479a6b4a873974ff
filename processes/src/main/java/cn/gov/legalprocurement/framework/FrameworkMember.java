package cn.gov.legalprocurement.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A shortlisted supplier of a framework agreement: its place in the agreement's order and its stage-one price. */
@Entity
@Table(name = "framework_member")
public class FrameworkMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;
    @Column(name = "provider_id", nullable = false)
    private Long providerId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private BigDecimal price;

    protected FrameworkMember() {
    }

    FrameworkMember(Long agreementId, Long providerId, int position, BigDecimal price) {
        this.agreementId = agreementId;
        this.providerId = providerId;
        this.position = position;
        this.price = price;
    }

    public Long getId() {
        return id;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public Long getProviderId() {
        return providerId;
    }

    /** 1-based: the stage-one ranking, and the order of rotation. */
    public int getPosition() {
        return position;
    }

    public BigDecimal getPrice() {
        return price;
    }
}
