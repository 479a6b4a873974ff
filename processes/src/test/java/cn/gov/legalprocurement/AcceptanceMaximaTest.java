package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.acceptance.AcceptanceService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.ProcessModel;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rules {@code acceptance-max-process-compliance}, {@code acceptance-max-service-results} and
 * {@code acceptance-max-social-evaluation} (30 / 50 / 20): each indicator group is scored out of its
 * jurisdiction's maximum, which the acceptance form and report print.
 */
class AcceptanceMaximaTest extends ProcessTestSupport {

    @Autowired
    AcceptanceService acceptance;
    @Autowired
    RulesService rules;

    @Test
    void eachGroupIsScoredOutOfItsConfiguredMaximum() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        long contractId = contracts.ofProject(p.getId()).getId();
        reportPeriods(unit, p, "provider1", 250, 240, 220);
        assertThat(acceptance.maxima(contractId)).isEqualTo(new AcceptanceService.Maxima(30, 50, 20));
        assertThatThrownBy(() -> evaluateAcceptance(unit, p, "31", "45", "18"))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("processScore");
                    assertThat(e.getMessage()).contains("30");
                });

        Actor admin = new Actor("admin", fixtures.financeDepartment, Set.of(Role.ADMIN));
        rules.override(admin, Fixtures.JURISDICTION, Rule.ACCEPTANCE_MAX_PROCESS_COMPLIANCE, "40");
        rules.override(admin, Fixtures.JURISDICTION, Rule.ACCEPTANCE_MAX_SERVICE_RESULTS, "40");
        try {
            assertThat(acceptance.maxima(contractId).total()).isEqualTo(100);
            evaluateAcceptance(unit, p, "35", "38", "18");
            assertThat(acceptance.evaluations(contractId)).singleElement().satisfies(e -> assertThat(e.isPassed()).isTrue());
            assertThat(findTask(unit.purchaser(), p, ProcessModel.AcceptanceEvaluation.TASK_EVALUATE)).isEmpty();
        } finally {
            rules.override(admin, Fixtures.JURISDICTION, Rule.ACCEPTANCE_MAX_PROCESS_COMPLIANCE, "30");
            rules.override(admin, Fixtures.JURISDICTION, Rule.ACCEPTANCE_MAX_SERVICE_RESULTS, "50");
        }
    }
}
