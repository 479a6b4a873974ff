package cn.gov.legalprocurement.rules;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.rules.defaults.<rule-key>} holds the national defaults (statutory-rules.md);
 * {@code portal.rules.jurisdictions.<code>.<rule-key>} the local ones (e.g. a province's
 * open-tender threshold).
 */
@ConfigurationProperties("portal.rules")
public record RulesProperties(Map<String, String> defaults, Map<String, Map<String, String>> jurisdictions) {

    public RulesProperties {
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
        jurisdictions = jurisdictions == null ? Map.of() : Map.copyOf(jurisdictions);
    }
}
