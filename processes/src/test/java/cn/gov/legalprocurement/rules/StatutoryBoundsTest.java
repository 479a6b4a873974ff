package cn.gov.legalprocurement.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures;
import cn.gov.legalprocurement.ProcessTestSupport;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statutory bounds ({@code portal.rules.bounds}): an administrator may not set committees below 5 / 7 / 3
 * or to an even size, a price weight below 10 % (consultation above 30 %), bonds above 2 % / 10 %, periods
 * shorter or longer than the law allows; the refusal names the bound, and nothing is saved.
 */
class StatutoryBoundsTest extends ProcessTestSupport {

    @Autowired
    RulesService rules;

    @ParameterizedTest(name = "{0} = {1} is refused: {2}")
    @CsvSource({
            "committee-size-tender,                  4,  error.rule.below-floor,  5",
            "committee-size-tender,                  6,  error.rule.odd,          单数",
            "committee-size-large-project,           5,  error.rule.below-floor,  7",
            "committee-size-non-tender,              2,  error.rule.below-floor,  3",
            "committee-size-non-tender,              4,  error.rule.odd,          单数",
            "committee-expert-share-min-percent,     60, error.rule.below-floor,  67",
            "price-weight-min-percent,               9,  error.rule.below-floor,  10",
            "price-weight-max-percent-consultation,  31, error.rule.above-ceiling, 30",
            "bid-period-days-open-tender,            15, error.rule.below-floor,  20",
            "challenge-period-working-days,          5,  error.rule.below-floor,  7",
            "single-source-notice-working-days,      3,  error.rule.below-floor,  5",
            "contract-signing-days,                  45, error.rule.above-ceiling, 30",
            "bid-bond-max-percent,                   3,  error.rule.above-ceiling, 2",
            "performance-bond-max-percent,           12, error.rule.above-ceiling, 10",
            "supplementary-contract-max-percent,     15, error.rule.above-ceiling, 10",
    })
    void aValueOutsideTheStatutoryBoundIsRefusedOnTheField(String key, String value, String code, String named) {
        Rule rule = Rule.byKey(key).orElseThrow();
        Actor admin = new Actor("admin", fixtures.financeDepartment, Set.of(Role.ADMIN));
        String before = rules.forJurisdiction(Fixtures.JURISDICTION).asMap().get(rule);
        assertThatThrownBy(() -> rules.override(admin, Fixtures.JURISDICTION, rule, value))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(named);
                });
        assertThat(rules.forJurisdiction(Fixtures.JURISDICTION).asMap().get(rule)).isEqualTo(before);
    }

    @Test
    void theDefaultsAreWithinTheirBoundsAndABadDefaultStopsTheApplication() throws Exception {
        Properties file = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/portal-rules.properties")) {
            file.load(in);
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> bounds = new HashMap<>();
        file.stringPropertyNames().forEach(name -> {
            if (name.startsWith("portal.rules.defaults.")) {
                defaults.put(name.substring("portal.rules.defaults.".length()), file.getProperty(name));
            } else if (name.startsWith("portal.rules.bounds.")) {
                bounds.put(name.substring("portal.rules.bounds.".length()), file.getProperty(name));
            }
        });
        assertThat(bounds).containsKeys("committee-size-tender", "price-weight-min-percent", "bid-bond-max-percent");
        assertThat(new RulesService(new RulesProperties(defaults, Map.of(), bounds), null, null, null, null)
                .bound(Rule.COMMITTEE_SIZE_TENDER)).hasValueSatisfying(b -> assertThat(b.odd()).isTrue());

        defaults.put("committee-size-tender", "4");
        assertThatThrownBy(() -> new RulesService(new RulesProperties(defaults, Map.of(), bounds), null, null, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("portal.rules.defaults.committee-size-tender=4")
                .hasMessageContaining("floor of 5");
        defaults.put("committee-size-tender", "5");
        assertThatThrownBy(() -> new RulesService(new RulesProperties(defaults, Map.of("330482", Map.of("bid-bond-max-percent", "5")),
                bounds), null, null, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("portal.rules.jurisdictions.330482.bid-bond-max-percent");
    }
}
