package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.audit.AuditEvent;
import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidEnvelope;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.tender.SealedBid;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sealed bids as 电子招标投标办法 asks: encrypted by the bidder, unreadable and uninferable by anyone
 * before the opening, decrypted by the bidder at the opening, withdrawn by law when not decrypted in time.
 */
class SealedBidTest extends ProcessTestSupport {

    @Autowired
    DataSource dataSource;
    @Autowired
    AuditLog audit;
    @Autowired
    RulesService rules;

    private ProcurementProject openTender() {
        Unit unit = fixtures.newUnit("3000000");
        return openTender(unit);
    }

    @Test
    void aSealedBidLeavesNeitherPriceNorTextNorBidderInTheDatabaseOrTheEngine() throws Exception {
        ProcurementProject p = openTender();
        String proposal = "独家承诺：派驻七名资深律师驻点办案，编号 QX-7731-保密方案";
        int actionsOfBidder = audit.byActor("provider5").size();
        bid(p, 4, new BidEnvelope.Plain("1733517.45", proposal, List.of()));

        String provider = fixtures.providers.get(4).getName();
        List<String> secrets = List.of("1733517.45", "1733517", "QX-7731", "独家承诺", provider + "投标");
        List<String> found = new DatabaseScan(dataSource).find(secrets);
        assertThat(found).as("the secrets of a sealed bid, anywhere in the database").isEmpty();
        // the scan does find what is stored in plain: the project's title and the other provider names
        assertThat(new DatabaseScan(dataSource).find(List.of(p.getTitle(), provider))).isNotEmpty();

        // the audit trail does not say who sealed, and the project's record lists no bid at all
        assertThat(audit.byActor("provider5")).hasSize(actionsOfBidder);
        Bid sealed = bidding.currentRound(p.getId()).get(0);
        assertThat(audit.trail(Bid.class, sealed.getId())).extracting(AuditEvent::getActor).containsOnly(BidService.SEALED_BIDDER);
        assertThat(audit.trail(Bid.class, sealed.getId())).allSatisfy(e -> assertThat(e.getAfterState()).isNull());
        assertThat(disclosure.bidsOnRecord(p.getId())).isEmpty();
        assertThat(sealed.getSubmittedBy()).isNull();
        assertThat(sealed.getPrice()).isNull();
        // and the engine holds nothing of it
        assertThat(runtime.getVariables(instance(p, Tendering.ID).getId()).values().toString())
                .doesNotContain("1733517", "QX-7731", "provider5");
    }

    @Test
    void theDecryptionWindowIsTheJurisdictionsRule() {
        ProcurementProject p = openTender();
        assertThat(Duration.between(p.getBidDeadline(), p.getDecryptionWindowEnds())).isEqualTo(Duration.ofMinutes(30));
        Actor admin = new Actor("rules-admin", 0L, EnumSet.of(Role.ADMIN));
        rules.override(admin, Fixtures.JURISDICTION, Rule.BID_DECRYPTION_WINDOW_MINUTES, "90");
        try {
            ProcurementProject q = openTender();
            assertThat(Duration.between(q.getBidDeadline(), q.getDecryptionWindowEnds())).isEqualTo(Duration.ofMinutes(90));
        } finally {
            rules.override(admin, Fixtures.JURISDICTION, Rule.BID_DECRYPTION_WINDOW_MINUTES, "30");
        }
    }

    @Test
    void theCommitmentIsSaltedSoEqualBidsHaveDifferentCommitments() {
        BidEnvelope.Plain plain = new BidEnvelope.Plain("1700000", "同一份方案", List.of());
        SealedBid first = BidEnvelope.seal(plain, BidEnvelope.newKey());
        SealedBid second = BidEnvelope.seal(plain, BidEnvelope.newKey());
        assertThat(first.commitment()).isNotEqualTo(second.commitment());
        // nor is it the unsalted fingerprint of price and text that a guess could be checked against
        assertThat(first.commitment()).isNotEqualTo(cn.gov.legalprocurement.shared.Fingerprint.sha256("1700000\n同一份方案"));
        // envelopes are padded: a short and a longer proposal seal to the same length
        SealedBid shortOne = BidEnvelope.seal(new BidEnvelope.Plain("1", "短", List.of()), BidEnvelope.newKey());
        SealedBid longer = BidEnvelope.seal(new BidEnvelope.Plain("1999999.99", "长".repeat(200), List.of()), BidEnvelope.newKey());
        assertThat(shortOne.envelope()).hasSameSizeAs(longer.envelope());
    }

    @Test
    void theBidderDecryptsAtTheOpeningAndAWrongKeyChangesNothing() {
        ProcurementProject p = openTender();
        for (int i = 0; i < 4; i++) {
            bid(p, i, String.valueOf(1_700_000 + i * 10_000));
        }
        Bid first = bidding.currentRound(p.getId()).get(0);
        String firstUser = providerUser(first.getProviderId());

        // before the deadline nobody decrypts, not even with the right key
        assertThatThrownBy(() -> bidding.decryptBid(fixtures.actor(firstUser), p.getId(), bidKeys.get(first.getId())))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.bid.not-decrypting"));

        at(p.getBidDeadline().plusSeconds(60));
        fireDueTimers();
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TIMER_DECRYPTION_WINDOW);
        assertThat(runtime.getVariable(instance(p, Tendering.ID).getId(), Tendering.VAR_BIDS_RECEIVED)).isEqualTo(4);

        // a wrong key: refused on the key field, in Chinese, and the bid stays sealed
        String wrong = BidEnvelope.keyText(BidEnvelope.newKey());
        assertThatThrownBy(() -> bidding.decryptBid(fixtures.actor(firstUser), p.getId(), wrong))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("key");
                    assertThat(e.getMessage()).contains("投标密钥").contains("不能解密");
                });
        assertThatThrownBy(() -> bidding.decryptBid(fixtures.actor(firstUser), p.getId(), "not a key"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.bid.key-format"));
        // another bidder's key does not open one's own bid either
        Bid second = bidding.currentRound(p.getId()).get(1);
        assertThatThrownBy(() -> bidding.decryptBid(fixtures.actor(firstUser), p.getId(), bidKeys.get(second.getId())))
                .isInstanceOf(PortalException.class);
        assertThat(bidding.currentRound(p.getId()).get(0).getStatus()).isEqualTo(Bid.Status.SEALED);

        // three bidders decrypt in time; the first lost their key and never does
        for (Bid b : bidding.currentRound(p.getId()).subList(1, 4)) {
            BidService.BidView opened = bidding.decryptBid(fixtures.actor(providerUser(b.getProviderId())), p.getId(),
                    bidKeys.get(b.getId()));
            assertThat(opened.status()).isEqualTo(Bid.Status.DECRYPTED);
            assertThat(opened.price()).isNotNull();
        }
        // until the window closes, the purchaser sees nothing, decrypted bids included
        assertThatThrownBy(() -> bidding.openedBids(fixtures.actor("supervisor"), p.getId())).isInstanceOf(PortalException.class);
        assertThat(disclosure.bidsOnRecord(p.getId())).isEmpty();

        closeDecryption(p);
        List<Bid> round = bidding.currentRound(p.getId());
        assertThat(round.get(0).getStatus()).isEqualTo(Bid.Status.WITHDRAWN);
        assertThat(round.get(0).getDisqualificationReason()).contains("未在解密时限内解密").contains("视为撤回");
        assertThat(round.subList(1, 4)).allMatch(Bid::isQualified);
        assertThat(round.get(1).getPrice()).isEqualByComparingTo("1710000");
        assertThat(round.get(1).getSubmittedBy()).isEqualTo(providerUser(round.get(1).getProviderId()));
        // three qualified bids are enough: the committee is drawn
        assertThat(committeeOf(p)).hasSize(5);
        assertThat(disclosure.bidsOnRecord(p.getId())).hasSize(4);
        // and the window is over: a late decryption is refused
        assertThatThrownBy(() -> bidding.decryptBid(fixtures.actor(firstUser), p.getId(), bidKeys.get(first.getId())))
                .isInstanceOf(PortalException.class);
    }

    @Test
    void aBidderReplacesOrWithdrawsTheirSealedBidUntilTheDeadline() {
        ProcurementProject p = openTender();
        BidService.BidView earlier = bid(p, 1, "1800000");
        BidService.BidView replacing = bid(p, 1, "1750000");
        List<Bid> round = bidding.currentRound(p.getId());
        assertThat(round).hasSize(2);
        assertThat(round.stream().filter(b -> b.getStatus() == Bid.Status.SEALED)).singleElement()
                .extracting(Bid::getId).isEqualTo(replacing.id());
        assertThat(round.stream().filter(b -> b.getId() == earlier.id())).singleElement()
                .extracting(Bid::getStatus).isEqualTo(Bid.Status.WITHDRAWN);

        BidService.BidView other = bid(p, 2, "1700000");
        bidding.withdrawBid(fixtures.actor("provider3"), other.id());
        assertThatThrownBy(() -> bidding.withdrawBid(fixtures.actor("provider2"), other.id()))
                .isInstanceOf(PortalException.class);

        openBids(p);
        // one bid of one provider remains: too few, the tender fails
        assertThat(bidding.currentRound(p.getId()).stream().filter(Bid::isQualified)).singleElement()
                .extracting(Bid::getPrice).satisfies(price -> assertThat(price).isEqualByComparingTo("1750000"));
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_DECIDE_AFTER_FAILURE);
    }

    @Test
    void aMalformedSealedBidIsRefusedOnItsFieldAndNothingIsSaved() {
        ProcurementProject p = openTender();
        SealedBid good = BidEnvelope.seal(new BidEnvelope.Plain("1700000", "方案", List.of()), BidEnvelope.newKey());
        List<SealedBid> bad = new ArrayList<>(List.of(
                new SealedBid(2, good.iv(), good.envelope(), good.commitment(), List.of()),
                new SealedBid(1, "AAAA", good.envelope(), good.commitment(), List.of()),
                new SealedBid(1, good.iv(), "%%% not base64", good.commitment(), List.of()),
                new SealedBid(1, good.iv(), good.envelope(), "1700000", List.of()),
                new SealedBid(1, good.iv(), "A".repeat(200_000), good.commitment(), List.of())));
        bad.add(null);
        List<SealedBid.Attachment> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new SealedBid.Attachment(good.iv(), good.envelope()));
        }
        bad.add(new SealedBid(1, good.iv(), good.envelope(), good.commitment(), six));
        for (SealedBid b : bad) {
            assertThatThrownBy(() -> bidding.submitBid(fixtures.actor("provider2"), p.getId(), b))
                    .isInstanceOfSatisfying(PortalException.class, e -> {
                        assertThat(e.field()).isIn("sealedBid", "technicalProposal", "attachments");
                        assertThat(e.getMessage()).matches(".*[\\u4e00-\\u9fff].*");
                    });
        }
        assertThat(bidding.currentRound(p.getId())).isEmpty();
    }

    @Test
    void aBidWhoseContentDoesNotMatchItsCommitmentIsDisqualifiedAtTheOpening() {
        ProcurementProject p = openTender();
        byte[] key = BidEnvelope.newKey();
        SealedBid honest = BidEnvelope.seal(new BidEnvelope.Plain("1600000", "方案", List.of()), key);
        SealedBid other = BidEnvelope.seal(new BidEnvelope.Plain("1500000", "方案", List.of()), key);
        // the envelope of one price under the commitment of another: what a bidder hoping to choose later would send
        bidding.submitBid(fixtures.actor("provider2"), p.getId(),
                new SealedBid(1, other.iv(), other.envelope(), honest.commitment(), List.of()));
        at(p.getBidDeadline().plusSeconds(60));
        fireDueTimers();
        BidService.BidView decrypted = bidding.decryptBid(fixtures.actor("provider2"), p.getId(), BidEnvelope.keyText(key));
        assertThat(decrypted.reason()).contains("承诺值不一致");
        closeDecryption(p);
        assertThat(bidding.currentRound(p.getId())).singleElement().satisfies(b -> {
            assertThat(b.getStatus()).isEqualTo(Bid.Status.DISQUALIFIED);
            assertThat(b.getDisqualificationReason()).contains("承诺值不一致");
        });
        assertThat(audit.trail(ProcurementProject.class, p.getId())).extracting(AuditEvent::getAction)
                .contains("tender.opening-started", "tender.opened");
    }
}
