package cn.gov.legalprocurement.rules;

import cn.gov.legalprocurement.shared.PortalException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the law allows a rule's value to be, whatever a jurisdiction sets: at least a floor (committees of
 * 5, price weight 10 %), at most a ceiling (bond 2 %, signing in 30 days), an odd number (committees).
 * Written {@code min:5,odd}, {@code max:30} or {@code min:10,max:30} in {@code portal.rules.bounds.<key>}.
 */
public record StatutoryBound(Optional<BigDecimal> min, Optional<BigDecimal> max, boolean odd) {

    public static StatutoryBound parse(String key, String text) {
        Optional<BigDecimal> min = Optional.empty();
        Optional<BigDecimal> max = Optional.empty();
        boolean odd = false;
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                if (p.startsWith("min:")) {
                    min = Optional.of(new BigDecimal(p.substring(4).strip()));
                } else if (p.startsWith("max:")) {
                    max = Optional.of(new BigDecimal(p.substring(4).strip()));
                } else if (p.equals("odd")) {
                    odd = true;
                } else {
                    throw new IllegalStateException("portal.rules.bounds." + key + ": unknown part '" + p + "'");
                }
            } catch (NumberFormatException e) {
                throw new IllegalStateException("portal.rules.bounds." + key + ": '" + p + "' is not a number", e);
            }
        }
        return new StatutoryBound(min, max, odd);
    }

    /** Refuses a value outside the bound, naming the floor or the ceiling. */
    void check(Rule rule, BigDecimal value) {
        if (min.isPresent() && value.compareTo(min.get()) < 0) {
            throw PortalException.invalid("value", "error.rule.below-floor", rule.key(), min.get().toPlainString());
        }
        if (max.isPresent() && value.compareTo(max.get()) > 0) {
            throw PortalException.invalid("value", "error.rule.above-ceiling", rule.key(), max.get().toPlainString());
        }
        if (odd && (value.stripTrailingZeros().scale() > 0 || !value.toBigInteger().testBit(0))) {
            throw PortalException.invalid("value", "error.rule.odd", rule.key());
        }
    }

    /** The bound in words for the rules page: "≥ 5, odd", "≤ 30". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        min.ifPresent(m -> s.append("≥ ").append(m.toPlainString()));
        max.ifPresent(m -> s.append(s.isEmpty() ? "" : ", ").append("≤ ").append(m.toPlainString()));
        return s.toString();
    }
}
