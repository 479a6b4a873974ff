package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.organisation.SmeSize;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.PrepareTenderDocumentsHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule {@code sme-reserved-limit} (2,000,000, 财库〔2020〕46号): a project up to the limit is reserved for SMEs unless
 * its documents say why it is not suited to them; a reserved project takes no bid from a large enterprise and gives
 * small and micro enterprises no price deduction (every bidder is an SME); above the limit no reason is asked.
 */
class SmeReservationTest extends ProcessTestSupport {

    @Autowired
    PublicationService publication;
    @Autowired
    JdbcTemplate jdbc;

    private String notice(ProcurementProject p) {
        return publication.ofProject(p.getId()).stream().filter(a -> a.getKind() == Announcement.Kind.PROCUREMENT_NOTICE)
                .findFirst().orElseThrow().getBody();
    }

    private PrepareTenderDocumentsHandler.Form documents(ProcurementProject p, Boolean reserved, String waiver) {
        LocalDateTime deadline = tenderDocuments.proposedBidDeadline(p.getId()).atZone(PortalClock.ZONE).toLocalDateTime();
        return new PrepareTenderDocumentsHandler.Form(30, "服务方案、驻点安排", null, deadline, null, reserved, waiver);
    }

    @Test
    void aProjectUpToTheLimitIsReservedForSmesUnlessTheDocumentsSayWhyNot() {
        Unit unit = fixtures.newUnit("3000000");
        // 1,000 adviser-months at 2,000: exactly the limit (and the open-tender threshold)
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "1000"));
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.OPEN_TENDER);

        assertThatThrownBy(() -> complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS, documents(p, null, null)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("smeReserved"));
        assertThatThrownBy(() -> complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS, documents(p, false, "  ")))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("smeWaiver");
                    assertThat(e.code()).isEqualTo("error.tender.sme-waiver-required");
                    assertThat(e.getMessage()).contains("2,000,000.00", "46号");
                });
        assertThat(reload(p).getTenderRound()).as("a refusal saves nothing").isZero();

        complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS, documents(p, true, null));
        ProcurementProject reserved = reload(p);
        assertThat(reserved.isSmeReserved()).isTrue();
        assertThat(notice(reserved)).contains("本项目专门面向中小企业采购", "不再对小型和微型企业的报价给予价格扣除")
                .doesNotContain("的扣除后参与评审");

        // provider 3 is a large enterprise: it may not bid, and nothing of its attempt is stored
        assertThat(fixtures.providers.get(2).getSmeSize()).isEqualTo(SmeSize.LARGE);
        assertThat(bidding.mayBid(fixtures.actor("provider3"), p.getId())).isFalse();
        assertThat(bidding.openTo(fixtures.actor("provider3"))).extracting(ProcurementProject::getId).doesNotContain(p.getId());
        long bids = jdbc.queryForObject("select count(*) from bid", Long.class);
        assertThatThrownBy(() -> bid(reserved, 2, "1900000"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.bid.sme-reserved"));
        assertThat(jdbc.queryForObject("select count(*) from bid", Long.class)).isEqualTo(bids);

        // small (0), medium (1) and micro (3) enterprises bid; the small one's price is evaluated as it is
        bid(reserved, 0, "1800000");
        bid(reserved, 1, "1850000");
        bid(reserved, 3, "1900000");
        openBids(reserved);
        scoreAll(reserved, Map.of(0, "60", 1, "55", 3, "50"));
        Bid small = bidding.currentRound(p.getId()).stream()
                .filter(b -> b.getProviderId().equals(fixtures.providers.get(0).getId())).findFirst().orElseThrow();
        assertThat(small.getSmeSize()).isEqualTo(SmeSize.SMALL);
        assertThat(small.getEvaluatedPrice()).isEqualByComparingTo(small.getPrice());
    }

    @Test
    void aProjectAboveTheLimitNeedsNoReasonAndItsSmallBiddersGetTheDeduction() {
        Unit unit = fixtures.newUnit("3000000");
        // 700 legal-aid cases at 3,000: 2,100,000
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.legalAidCase, "700"));
        complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS, documents(p, null, null));
        ProcurementProject open = reload(p);
        assertThat(open.isSmeReserved()).isFalse();
        assertThat(notice(open)).contains("小型和微型企业的报价给予 10% 的扣除后参与评审").doesNotContain("专门面向中小企业");
        assertThat(bidding.mayBid(fixtures.actor("provider3"), p.getId())).isTrue();
    }

    @Test
    void aWaiverIsPrintedInTheNotice() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "600"));
        complete(unit.purchaser(), p, Tendering.TASK_PREPARE_DOCUMENTS, documents(p, false, NOT_FOR_SMES));
        assertThat(reload(p).getSmeWaiver()).isEqualTo(NOT_FOR_SMES);
        assertThat(notice(reload(p))).contains("本项目不专门面向中小企业采购，理由：" + NOT_FOR_SMES);
    }
}
