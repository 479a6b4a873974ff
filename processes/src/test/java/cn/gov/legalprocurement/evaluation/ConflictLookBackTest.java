package cn.gov.legalprocurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.Fixtures;
import cn.gov.legalprocurement.ProcessTestSupport;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.setup.SetupService;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code conflict-lookback-years} (3; 实施条例 39): an expert who worked for a bidder sits on none of its
 * committees while the relationship lasts and for three years after it ended.
 */
class ConflictLookBackTest extends ProcessTestSupport {

    @Autowired
    EvaluationService evaluation;
    @Autowired
    SetupService setup;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    RulesService rules;

    @Test
    void anExpertIsExcludedForThreeYearsAfterTheRelationshipEnded() {
        long pool = organisations.findByCode("PH-ZJK").orElseThrow().getId();
        long bidder = fixtures.providers.get(5).getId();
        LocalDate today = LocalDate.of(2026, 12, 1);
        Expert current = setup.expert("lookback-current", Fixtures.PASSWORD, "在职专家", "民商法", pool, null);
        Expert recent = setup.expert("lookback-recent", Fixtures.PASSWORD, "两年前离职专家", "民商法", pool, null);
        Expert edge = setup.expert("lookback-edge", Fixtures.PASSWORD, "恰满三年专家", "民商法", pool, null);
        Expert past = setup.expert("lookback-past", Fixtures.PASSWORD, "三年前离职专家", "民商法", pool, null);
        setup.conflict(current.getId(), bidder, "现在该所执业", today.plusYears(1));
        setup.conflict(recent.getId(), bidder, "曾在该所执业", today.minusYears(2));
        setup.conflict(edge.getId(), bidder, "曾在该所执业", today.minusYears(3));
        setup.conflict(past.getId(), bidder, "曾在该所执业", today.minusYears(3).minusDays(1));

        Set<Long> excluded = evaluation.conflictedExperts(Set.of(bidder), rules.forJurisdiction(Fixtures.JURISDICTION));
        assertThat(excluded).contains(current.getId(), recent.getId(), edge.getId()).doesNotContain(past.getId());
        assertThat(evaluation.conflictedExperts(Set.of(fixtures.providers.get(4).getId()), rules.forJurisdiction(Fixtures.JURISDICTION)))
                .doesNotContain(current.getId(), recent.getId(), edge.getId());
    }
}
