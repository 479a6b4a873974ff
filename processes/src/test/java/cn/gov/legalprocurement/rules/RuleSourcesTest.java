package cn.gov.legalprocurement.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.Fixtures;
import cn.gov.legalprocurement.ProcessTestSupport;
import cn.gov.legalprocurement.organisation.Jurisdiction;
import cn.gov.legalprocurement.setup.SetupService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Role;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every rule can be set for a jurisdiction (the longest key included: its audit entry names the
 * jurisdiction and the key), and each value tells whether it is set here, inherited from above, or the
 * default.
 */
class RuleSourcesTest extends ProcessTestSupport {

    private static final String CITY = "330400";
    private static final String PROVINCE = "330000";

    @Autowired
    RulesService rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SetupService setup;

    @Test
    void everyRuleSavesForAJurisdictionAndIsAudited() {
        Actor admin = new Actor("admin", fixtures.financeDepartment, Set.of(Role.ADMIN));
        Map<Rule, RulesService.Setting> before = rules.settings(Fixtures.JURISDICTION);
        for (Rule rule : Rule.values()) {
            // the value in force, set again: nothing changes for the other tests
            rules.override(admin, Fixtures.JURISDICTION, rule, before.get(rule).value());
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'rules.override' and object_id = ?",
                    Long.class, Fixtures.JURISDICTION + "/" + rule.key())).as(rule.key()).isPositive();
        }
        Map<Rule, RulesService.Setting> after = rules.settings(Fixtures.JURISDICTION);
        for (Rule rule : Rule.values()) {
            assertThat(after.get(rule).value()).isEqualTo(before.get(rule).value());
            assertThat(after.get(rule).source()).isEqualTo(RulesService.Source.LOCAL);
            assertThat(after.get(rule).updatedBy()).isEqualTo("admin");
        }
    }

    @Test
    void aValueSetForTheCityIsInheritedByItsCountyAndNotSeenByTheProvince() {
        Actor admin = new Actor("admin", fixtures.financeDepartment, Set.of(Role.ADMIN));
        Rule rule = Rule.CHALLENGE_PERIOD_WORKING_DAYS;
        String inForce = rules.settings(CITY).get(rule).value();
        rules.override(admin, CITY, rule, inForce);

        setup.jurisdiction("330499", "测试县", CITY, Jurisdiction.BudgetLevel.COUNTY);

        assertThat(rules.settings(CITY).get(rule).source()).isEqualTo(RulesService.Source.LOCAL);
        RulesService.Setting county = rules.settings("330499").get(rule);
        assertThat(county.source()).isEqualTo(RulesService.Source.INHERITED);
        assertThat(county.setIn()).isEqualTo(CITY);
        assertThat(county.value()).isEqualTo(inForce);
        assertThat(rules.settings(PROVINCE).get(rule).source()).isIn(RulesService.Source.DEFAULT, RulesService.Source.CONFIGURED);
        assertThat(rules.settings(PROVINCE).get(Rule.OPEN_TENDER_THRESHOLD).setIn()).isNotEqualTo(CITY);
    }
}
