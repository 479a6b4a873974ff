package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.evaluation.RepresentativeService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code committee-expert-share-min-percent} (two thirds: 87号令 47; 政府采购法 38, 74号令 7; 财库〔2014〕214号): the purchaser may
 * name one of its staff to the committee only where the drawn experts keep that share; the representative scores
 * as the experts do, and the seat is taken from the draw.
 */
class CommitteeRepresentativeTest extends ProcessTestSupport {

    @Autowired
    RepresentativeService representatives;
    @Autowired
    RulesService rules;
    @Autowired
    cn.gov.legalprocurement.evaluation.EvaluationService evaluation;

    java.util.List<String> evaluationMembers(ProcurementProject p) {
        return evaluation.members(p.getId());
    }

    @Test
    void theRepresentativeTakesOneSeatOfTheFiveAndScoresWithFourDrawnExperts() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        RepresentativeService.Seats seats = representatives.seats(p.getId());
        assertThat(seats).isEqualTo(new RepresentativeService.Seats(5, 1, "66.67"));

        Unit other = fixtures.newUnit("100000");
        assertThatThrownBy(() -> representatives.name(fixtures.actor(unit.purchaser()), p.getId(), other.purchaser()))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("representative");
                    assertThat(e.code()).isEqualTo("error.committee.representative-not-staff");
                });
        assertThatThrownBy(() -> representatives.name(fixtures.actor(other.purchaser()), p.getId(), other.purchaser()))
                .isInstanceOf(PortalException.class);
        representatives.name(fixtures.actor(unit.purchaser()), p.getId(), unit.purchaser());
        assertThat(reload(p).getPurchaserRepresentative()).isEqualTo(unit.purchaser());

        bid(p, 0, "1800000");
        bid(p, 1, "1700000");
        bid(p, 2, "1650000");
        openBids(p);
        assertThat(committeeOf(p)).as("the representative and four drawn experts").hasSize(5).containsOnlyOnce(unit.purchaser())
                .filteredOn(m -> !m.equals(unit.purchaser())).noneMatch(m -> m.startsWith("purchaser"));
        assertThatThrownBy(() -> representatives.name(fixtures.actor(unit.purchaser()), p.getId(), null))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.code()).isEqualTo("error.committee.representative-too-late"));

        scoreAll(p, Map.of(0, "60", 1, "55", 2, "50"));
        complete(unit.head(), p, Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(rankedFirst(p).getId(), null));
        assertThat(rankedFirst(p).getTotalScore()).isNotNull();
    }

    @Test
    void noSeatIsLeftWhenTheExpertsMustHoldTheWholeCommittee() {
        Actor admin = new Actor("admin", 1, Set.of(Role.ADMIN));
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        rules.override(admin, Fixtures.JURISDICTION, Rule.COMMITTEE_EXPERT_SHARE_MIN_PERCENT, "100");
        try {
            assertThatThrownBy(() -> representatives.name(fixtures.actor(unit.purchaser()), p.getId(), unit.purchaser()))
                    .isInstanceOfSatisfying(PortalException.class, e -> {
                        assertThat(e.code()).isEqualTo("error.committee.no-representative-seat");
                        assertThat(e.getMessage()).contains("5 人", "100%");
                    });
        } finally {
            rules.override(admin, Fixtures.JURISDICTION, Rule.COMMITTEE_EXPERT_SHARE_MIN_PERCENT, "66.67");
        }
        assertThat(reload(p).getPurchaserRepresentative()).isNull();
    }

    /** In a consultation's panel of three the representative takes the one seat, and never chairs (财库〔2012〕69号). */
    @Test
    void theRepresentativeNeverChairsThePanel() {
        Unit unit = fixtures.newUnit("1000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "30"));
        assertThat(p.getMethod()).isEqualTo(cn.gov.legalprocurement.project.ProcurementMethod.COMPETITIVE_CONSULTATION);
        p = publishTender(unit, p, 20);
        // a user name that sorts before every expert's
        String representative = "aa-rep-" + p.getId();
        fixtures.user(representative, unit.id(), Role.PURCHASER);
        representatives.name(fixtures.actor(unit.purchaser()), p.getId(), representative);
        bid(p, 0, "55000");
        bid(p, 1, "56000");
        bid(p, 2, "57000");
        openBids(p);
        String chair = tasks.openTasksOfProject(p.getCode()).stream()
                .filter(t -> t.taskKey().equals(Tendering.TASK_NEGOTIATE_ROUND)).findFirst().orElseThrow().assignee();
        assertThat(evaluationMembers(p)).as("the representative sits on the panel").contains(representative);
        assertThat(chair).isNotEqualTo(representative);
    }
}
