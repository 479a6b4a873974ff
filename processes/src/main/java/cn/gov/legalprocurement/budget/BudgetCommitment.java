package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An amount of a budget line reserved for one project. */
@Entity
@Table(name = "budget_commitment")
public class BudgetCommitment {

    public enum Status { ACTIVE, RELEASED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "budget_line_id", nullable = false)
    private Long budgetLineId;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(nullable = false)
    private BigDecimal paid;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "committed_at", nullable = false)
    private Instant committedAt;
    @Column(name = "released_at")
    private Instant releasedAt;

    protected BudgetCommitment() {
    }

    BudgetCommitment(Long budgetLineId, Long projectId, BigDecimal amount, Instant at) {
        this.budgetLineId = budgetLineId;
        this.projectId = projectId;
        this.amount = amount;
        this.paid = Money.ZERO;
        this.status = Status.ACTIVE;
        this.committedAt = at;
    }

    BigDecimal unpaid() {
        return amount.subtract(paid);
    }

    void extend(BigDecimal value) {
        this.amount = this.amount.add(value);
    }

    void pay(BigDecimal value) {
        paid = paid.add(value);
    }

    void end(Status status, Instant at) {
        this.status = status;
        this.releasedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public Status getStatus() {
        return status;
    }
}
