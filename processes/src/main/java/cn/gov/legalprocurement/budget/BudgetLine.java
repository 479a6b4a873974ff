package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A line of a department's annual budget: approved, committed by projects, paid out. */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(name = "department_id", nullable = false)
    private Long departmentId;
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private BigDecimal approved;
    @Column(nullable = false)
    private BigDecimal committed;
    @Column(nullable = false)
    private BigDecimal paid;
    @Version
    private long version;

    protected BudgetLine() {
    }

    public BudgetLine(String code, Long departmentId, int fiscalYear, String name, BigDecimal approved) {
        this.code = code;
        this.departmentId = departmentId;
        this.fiscalYear = fiscalYear;
        this.name = name;
        this.approved = Money.normalise(approved);
        this.committed = Money.ZERO;
        this.paid = Money.ZERO;
    }

    public BigDecimal available() {
        return approved.subtract(committed);
    }

    void commit(BigDecimal amount) {
        committed = committed.add(amount);
    }

    void release(BigDecimal amount) {
        committed = committed.subtract(amount);
    }

    void pay(BigDecimal amount) {
        paid = paid.add(amount);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getApproved() {
        return approved;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public BigDecimal getPaid() {
        return paid;
    }
}
