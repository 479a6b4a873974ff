package cn.gov.legalprocurement.rules;

import cn.gov.legalprocurement.shared.Money;
import java.math.BigDecimal;
import java.util.Map;

/** The rules in force for one jurisdiction, already resolved along its parent chain. */
public final class RuleBook {

    private final String jurisdiction;
    private final Map<Rule, String> values;

    RuleBook(String jurisdiction, Map<Rule, String> values) {
        this.jurisdiction = jurisdiction;
        this.values = Map.copyOf(values);
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public BigDecimal yuan(Rule rule) {
        return Money.normalise(new BigDecimal(raw(rule, Rule.Unit.YUAN)));
    }

    public int days(Rule rule) {
        return Integer.parseInt(raw(rule, Rule.Unit.DAYS));
    }

    public int workingDays(Rule rule) {
        return Integer.parseInt(raw(rule, Rule.Unit.WORKING_DAYS));
    }

    public int minutes(Rule rule) {
        return Integer.parseInt(raw(rule, Rule.Unit.MINUTES));
    }

    /** Day counts of either kind, for callers that dispatch on {@link Rule#unit()}. */
    public int period(Rule rule) {
        if (rule.unit() != Rule.Unit.DAYS && rule.unit() != Rule.Unit.WORKING_DAYS) {
            throw new IllegalArgumentException(rule + " is not a period");
        }
        return Integer.parseInt(values.get(rule));
    }

    public BigDecimal percent(Rule rule) {
        return new BigDecimal(raw(rule, Rule.Unit.PERCENT));
    }

    public int count(Rule rule) {
        return Integer.parseInt(raw(rule, Rule.Unit.COUNT));
    }

    /** A yes/no rule ({@code true} or {@code false}). */
    public boolean flag(Rule rule) {
        return Boolean.parseBoolean(raw(rule, Rule.Unit.FLAG));
    }

    public Map<Rule, String> asMap() {
        return values;
    }

    private String raw(Rule rule, Rule.Unit expected) {
        if (rule.unit() != expected) {
            throw new IllegalArgumentException(rule + " is measured in " + rule.unit() + ", not " + expected);
        }
        return values.get(rule);
    }
}
