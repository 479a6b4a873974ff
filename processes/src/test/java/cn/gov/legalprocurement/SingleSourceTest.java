package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.method.ApproveMethodHandler;
import cn.gov.legalprocurement.project.ApplicationDecision;
import cn.gov.legalprocurement.project.ApproveApplicationHandler;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.tender.NegotiateSingleSourceHandler;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sole supplier above the threshold: FINANCE approves, a notice of 5 working days, then negotiation. */
class SingleSourceTest extends ProcessTestSupport {

    @Autowired
    PublicationService publication;

    @Test
    void singleSourceAboveThresholdNeedsApprovalAndAFiveWorkingDayNotice() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application(
                "重大涉法事务专项法律服务", List.of(new ProjectService.Line(fixtures.legalAidCase.getId(), new BigDecimal("700"))),
                "市政府", TERM_START, TERM_END, unit.budgetLineId(), false, true, false, false, "唯一具备涉外仲裁经验的律师事务所"));
        complete(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE,
                new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, null));
        p = approveAndCommit(unit, p);
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.SINGLE_SOURCE);
        assertThat(instance(p, ProcessModel.MethodSelection.ID)).isWaitingAt(ProcessModel.MethodSelection.TASK_APPROVE_METHOD);

        complete("finance", p, ProcessModel.MethodSelection.TASK_APPROVE_METHOD, new ApproveMethodHandler.Form(true, "同意"));
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TIMER_SINGLE_SOURCE_NOTICE);
        Announcement notice = publication.ofProject(p.getId()).stream()
                .filter(a -> a.getKind() == Announcement.Kind.SINGLE_SOURCE_NOTICE).findFirst().orElseThrow();
        // Tuesday 1 Dec + 5 working days = Tuesday 8 Dec, ending at midnight
        assertThat(notice.getOpenUntil()).isEqualTo(java.time.LocalDate.of(2026, 12, 9).atStartOfDay(
                cn.gov.legalprocurement.shared.PortalClock.ZONE).toInstant());

        at(notice.getOpenUntil().minus(Duration.ofMinutes(1)));
        assertThat(fireDueTimers()).isZero();
        passDate(p, Tendering.ID, ProcessModel.Tendering.VAR_SINGLE_SOURCE_NOTICE_ENDS);
        long provider = fixtures.providers.get(2).getId();
        complete(unit.purchaser(), p, Tendering.TASK_NEGOTIATE_SINGLE_SOURCE,
                new NegotiateSingleSourceHandler.Form(provider, new BigDecimal("1950000"), "经协商，报价 195 万元，服务方案符合要求"));
        publishAward(unit, p);
        assertThat(awards.currentAward(p.getId())).hasValueSatisfying(a -> {
            assertThat(a.getProviderId()).isEqualTo(provider);
            assertThat(a.getAmount()).isEqualByComparingTo("1950000");
            assertThat(a.getBidId()).isNull();
        });
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_CHALLENGE_WINDOW);
        assertThat((Date) runtime.getVariable(instance(p, Tendering.ID).getId(), ProcessModel.Tendering.VAR_SIGNING_DEADLINE)).isNotNull();
    }
}
