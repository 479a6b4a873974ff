package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.project.CallOffRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A framework agreement (财政部令第110号) concluded by stage one of a project: the shortlisted suppliers
 * ({@link FrameworkMember}) for its term, and the rule by which stage two decides each call-off's supplier.
 */
@Entity
@Table(name = "framework_agreement")
public class FrameworkAgreement {

    public enum Status { IN_FORCE, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(nullable = false)
    private String code;
    @Column(name = "jurisdiction_code", nullable = false)
    private String jurisdictionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "call_off_rule", nullable = false)
    private CallOffRule callOffRule;
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;
    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;
    @Column(name = "reference_amount", nullable = false)
    private BigDecimal referenceAmount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "concluded_at", nullable = false)
    private Instant concludedAt;
    @Column(name = "expired_at")
    private Instant expiredAt;

    protected FrameworkAgreement() {
    }

    FrameworkAgreement(Long projectId, String code, String jurisdictionCode, CallOffRule callOffRule, LocalDate termStart,
                       LocalDate termEnd, BigDecimal referenceAmount, Instant concludedAt) {
        this.projectId = projectId;
        this.code = code;
        this.jurisdictionCode = jurisdictionCode;
        this.callOffRule = callOffRule;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.referenceAmount = referenceAmount;
        this.concludedAt = concludedAt;
        this.status = Status.IN_FORCE;
    }

    void expired(Instant at) {
        this.status = Status.EXPIRED;
        this.expiredAt = at;
    }

    /** In force on the day: not expired, and the day within its term. */
    public boolean inForceOn(LocalDate day) {
        return status == Status.IN_FORCE && !day.isBefore(termStart) && !day.isAfter(termEnd);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getCode() {
        return code;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public CallOffRule getCallOffRule() {
        return callOffRule;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    /** What the stage-one bids priced (its estimate): a member's price over it is the member's rate for any call-off. */
    public BigDecimal getReferenceAmount() {
        return referenceAmount;
    }

    /** A call-off of this estimate at the member's rate, to the fen. */
    public BigDecimal callOffAmount(FrameworkMember member, BigDecimal estimate) {
        return estimate.multiply(member.getPrice()).divide(referenceAmount, 2, RoundingMode.HALF_UP);
    }

    public Status getStatus() {
        return status;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public Instant getExpiredAt() {
        return expiredAt;
    }
}
