package cn.gov.legalprocurement.rules;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.rules.defaults.<rule-key>} holds the national defaults (statutory-rules.md);
 * {@code portal.rules.jurisdictions.<code>.<rule-key>} the local ones (e.g. a province's
 * open-tender threshold); {@code portal.rules.bounds.<rule-key>} what the law allows any of them to be
 * ({@link StatutoryBound}).
 */
@ConfigurationProperties("portal.rules")
public record RulesProperties(Map<String, String> defaults, Map<String, Map<String, String>> jurisdictions,
                              Map<String, String> bounds) {

    public RulesProperties {
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
        jurisdictions = jurisdictions == null ? Map.of() : Map.copyOf(jurisdictions);
        bounds = bounds == null ? Map.of() : Map.copyOf(bounds);
    }
}
