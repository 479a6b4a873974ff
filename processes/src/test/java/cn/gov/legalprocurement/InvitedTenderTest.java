package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.inquiry.InquiryService;
import cn.gov.legalprocurement.method.ApproveMethodHandler;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.InvitationService;
import cn.gov.legalprocurement.tender.TenderInvitation;
import cn.gov.legalprocurement.tender.TenderInvitationRepository;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule {@code invited-tender-invitees} (3; 政府采购法 34, 87号令 14): an invited tender draws its suppliers at
 * random from the eligible pool, records the seed and the candidates so that the draw can be repeated, and
 * takes bids from the invited only; the others do not see it among the open tenders.
 */
class InvitedTenderTest extends ProcessTestSupport {

    @Autowired
    TenderInvitationRepository invitations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InquiryService inquiries;
    @Autowired
    RulesService rules;

    @Test
    void theInviteesAreDrawnReproduciblyAndOnlyTheyMayBid() throws Exception {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = publishTender(unit, invitedTenderApproved(unit), 30);
        // bid-period-days-invited-tender (20): documents out on Tuesday 1 December, the deadline the form proposes is
        // the first working morning 20 days after that day
        assertThat(p.getBidDeadline()).isEqualTo(java.time.LocalDateTime.of(2026, 12, 22, 9, 30).atZone(cn.gov.legalprocurement.shared.PortalClock.ZONE).toInstant());

        List<Long> invited = invitations.findByProjectIdAndTenderRoundOrderById(p.getId(), 1).stream()
                .map(TenderInvitation::getProviderId).toList();
        assertThat(invited).hasSize(3).doesNotHaveDuplicates();
        // the audit trail holds the seed and the candidates: drawing again gives the same invitees
        JsonNode draw = new ObjectMapper().readTree(jdbc.queryForObject(
                "select after_state from audit_event where action = 'tender.draw-invitees' and object_id = ?", String.class,
                p.getCode() + "/1"));
        List<Long> candidates = new ArrayList<>();
        draw.get("candidates").forEach(c -> candidates.add(c.asLong()));
        assertThat(candidates).containsAll(invited).hasSizeGreaterThanOrEqualTo(fixtures.providers.size());
        assertThat(InvitationService.draw(draw.get("seed").asLong(), candidates, 3)).containsExactlyInAnyOrderElementsOf(invited);

        int outsider = IntStream.range(0, fixtures.providers.size())
                .filter(i -> !invited.contains(fixtures.providers.get(i).getId())).findFirst().orElseThrow();
        int insider = IntStream.range(0, fixtures.providers.size())
                .filter(i -> invited.contains(fixtures.providers.get(i).getId())).findFirst().orElseThrow();
        assertThat(bidding.openTo(fixtures.actor("provider" + (outsider + 1)))).noneMatch(o -> o.getId().equals(p.getId()));
        assertThat(bidding.openTo(fixtures.actor("provider" + (insider + 1)))).anyMatch(o -> o.getId().equals(p.getId()));
        long bidsBefore = jdbc.queryForObject("select count(*) from bid where project_id = ?", Long.class, p.getId());
        assertThatThrownBy(() -> bid(p, outsider, "1900000"))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PortalException.Kind.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("error.bid.not-invited");
                });
        assertThat(jdbc.queryForObject("select count(*) from bid where project_id = ?", Long.class, p.getId())).isEqualTo(bidsBefore);
        assertThat(bid(p, insider, "1900000").id()).isPositive();
        // an outsider can neither see the tender nor ask about it
        assertThat(bidding.mayTakePart(fixtures.actor("provider" + (outsider + 1)), p.getId())).isFalse();
        assertThatThrownBy(() -> inquiries.ask(fixtures.actor("provider" + (outsider + 1)), p.getId(), "能否参加？"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.inquiry.not-open"));
    }

    @Test
    void anInvitedTenderThePoolCannotFillIsRefusedWhenTheDocumentsAreReady() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = invitedTenderApproved(unit);
        Actor admin = new Actor("admin", fixtures.financeDepartment, Set.of(Role.ADMIN));
        rules.override(admin, Fixtures.JURISDICTION, Rule.INVITED_TENDER_INVITEES, "7");   // six providers in the pool
        try {
            assertThatThrownBy(() -> publishTender(unit, p, 30)).isInstanceOfSatisfying(PortalException.class, e -> {
                assertThat(e.code()).isEqualTo("error.tender.too-few-invitees");
                assertThat(e.getMessage()).contains("7");
            });
            assertThat(reload(p).getBidDeadline()).isNull();
            assertThat(invitations.findByProjectIdAndTenderRoundOrderById(p.getId(), 1)).isEmpty();
        } finally {
            rules.override(admin, Fixtures.JURISDICTION, Rule.INVITED_TENDER_INVITEES, "3");
        }
    }

    private ProcurementProject invitedTenderApproved(Unit unit) {
        ProcurementProject applied = projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application(
                "涉外商事仲裁法律服务", List.of(new ProjectService.Line(fixtures.legalAidCase.getId(), new BigDecimal("700"))),
                "市政府", TERM_START, TERM_END, unit.budgetLineId(), false, false, true, false, "仅少数律师事务所具备涉外仲裁经验"));
        ProcurementProject approved = approveAndCommit(unit, applied);
        assertThat(approved.getMethod()).isEqualTo(ProcurementMethod.INVITED_TENDER);
        complete("finance", approved, ProcessModel.MethodSelection.TASK_APPROVE_METHOD, new ApproveMethodHandler.Form(true, "同意邀请招标"));
        return reload(approved);
    }
}
