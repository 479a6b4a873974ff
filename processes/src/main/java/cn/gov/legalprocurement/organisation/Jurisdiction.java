package cn.gov.legalprocurement.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative area whose rules apply (central, province, city, county). */
@Entity
@Table(name = "jurisdiction")
public class Jurisdiction {

    public enum BudgetLevel { CENTRAL, PROVINCIAL, CITY, COUNTY }

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "parent_code")
    private String parentCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "budget_level", nullable = false)
    private BudgetLevel budgetLevel;

    protected Jurisdiction() {
    }

    public Jurisdiction(String code, String name, String parentCode, BudgetLevel budgetLevel) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
        this.budgetLevel = budgetLevel;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public BudgetLevel getBudgetLevel() {
        return budgetLevel;
    }
}
