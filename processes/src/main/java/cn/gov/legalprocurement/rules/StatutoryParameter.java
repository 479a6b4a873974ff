package cn.gov.legalprocurement.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A value an administrator set for one rule in one jurisdiction; wins over configuration. */
@Entity
@Table(name = "statutory_parameter")
public class StatutoryParameter {

    /** The length of the value's column. */
    static final int MAX_VALUE = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "jurisdiction_code", nullable = false)
    private String jurisdictionCode;
    @Column(name = "rule_key", nullable = false)
    private String ruleKey;
    @Column(name = "rule_value", nullable = false)
    private String ruleValue;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StatutoryParameter() {
    }

    StatutoryParameter(String jurisdictionCode, String ruleKey) {
        this.jurisdictionCode = jurisdictionCode;
        this.ruleKey = ruleKey;
    }

    void set(String value, String by, Instant at) {
        this.ruleValue = value;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String jurisdictionCode() {
        return jurisdictionCode;
    }

    String ruleKey() {
        return ruleKey;
    }

    String ruleValue() {
        return ruleValue;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
