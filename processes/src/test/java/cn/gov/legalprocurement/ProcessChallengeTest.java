package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.challenge.AnswerProcessChallengeHandler;
import cn.gov.legalprocurement.challenge.Challenge;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidService;
import cn.gov.legalprocurement.tender.ConfirmWinnerHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code challenge-period-working-days} for a step of the process (财政部令第94号 arts. 10–11): a bidder challenges
 * the opening within 7 working days of its end, before the award notice; the purchaser answers every open one in one
 * task; the tendering does not end, so no contract is prepared, before the answer.
 */
class ProcessChallengeTest extends ProcessTestSupport {

    ProcurementProject openedTender(Unit unit) {
        ProcurementProject p = openTender(unit);
        bid(p, 0, "1800000");
        bid(p, 1, "1700000");
        bid(p, 2, "1650000");
        assertThat(challenges.processChallengeableUntil(p.getId())).as("not before the opening").isEmpty();
        openBids(p);
        return reload(p);
    }

    @Test
    void aBidderChallengesTheOpeningBeforeTheResultAndNoContractIsPreparedBeforeTheAnswer() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openedTender(unit);

        Challenge first = challenges.fileAgainstProcess(fixtures.actor("provider2"), p.getId(), "开标记录中我方报价与解密结果不一致");
        challenges.fileAgainstProcess(fixtures.actor("provider3"), p.getId(), "解密时限不足");
        assertThat(first.getSubject()).isEqualTo(Challenge.Subject.PROCESS);
        assertThat(tasks.openTasksOfProject(p.getCode())).filteredOn(t -> t.taskKey().equals(Tendering.TASK_ANSWER_PROCESS_CHALLENGE))
                .as("one answer covers both").hasSize(1);
        assertThatThrownBy(() -> challenges.fileAgainstProcess(fixtures.actor("provider5"), p.getId(), "程序违法"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.challenge.not-bidder"));
        assertThatThrownBy(() -> challenges.fileAgainstProcess(fixtures.actor(unit.purchaser()), p.getId(), "x"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.role"));

        scoreAll(p, Map.of(0, "60", 1, "55", 2, "50"));
        complete(unit.head(), p, Tendering.TASK_CONFIRM_WINNER, new ConfirmWinnerHandler.Form(rankedFirst(p).getId(), null));
        publishAward(unit, p);
        // from the award notice, the result's challenge covers the process
        assertThat(challenges.processChallengeableUntil(p.getId())).isEmpty();
        assertThatThrownBy(() -> challenges.fileAgainstProcess(fixtures.actor("provider1"), p.getId(), "评审程序违法"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.challenge.process-closed"));

        passDate(p, Tendering.ID, Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        assertThat(instance(p, Tendering.ID)).as("the answer is still due").isWaitingAt(Tendering.TASK_ANSWER_PROCESS_CHALLENGE);
        assertThat(tasks.openTasksOfProject(p.getCode())).noneMatch(t -> t.taskKey().equals(ContractSigning.TASK_PREPARE));

        complete(unit.purchaser(), p, Tendering.TASK_ANSWER_PROCESS_CHALLENGE, new AnswerProcessChallengeHandler.Form(
                Challenge.Status.UPHELD_CORRECT, "经复核解密记录，开标记录中报价录入有误，已补正，不影响评审结果"));
        assertThat(challenges.ofProject(p.getId())).extracting(Challenge::getStatus).containsOnly(Challenge.Status.UPHELD_CORRECT);
        assertThat(history(p, Tendering.ID).getEndTime()).isNotNull();
        assertThat(tasks.openTasksOfProject(p.getCode())).extracting(WorkTask::taskKey).contains(ContractSigning.TASK_PREPARE);
        assertThat(challenges.mine(fixtures.actor("provider2"))).filteredOn(c -> c.getProjectId().equals(p.getId())).singleElement()
                .satisfies(c -> assertThat(c.getAnswer()).contains("已补正"));
    }

    @Test
    void theOpeningCannotBeChallengedAfterSevenWorkingDaysFromItsEnd() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openedTender(unit);
        Instant until = challenges.processChallengeableUntil(p.getId()).orElseThrow();
        assertThat(until).isEqualTo(deadlines.workingDaysEnd(p.getDecryptionWindowEnds(), 7));

        at(until.plusSeconds(60));
        assertThatThrownBy(() -> challenges.fileAgainstProcess(fixtures.actor("provider2"), p.getId(), "开标程序违法"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.challenge.process-closed"));
        assertThat(challenges.ofProject(p.getId())).isEmpty();
        assertThat(tasks.openTasksOfProject(p.getCode())).noneMatch(t -> t.taskKey().equals(Tendering.TASK_ANSWER_PROCESS_CHALLENGE));
    }

    @Test
    void aChallengeOfTheProcessIsRejectedWithTheAnswerAndTheTenderingGoesOn() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openedTender(unit);
        challenges.fileAgainstProcess(fixtures.actor("provider2"), p.getId(), "开标时间与公告不符");
        assertThatThrownBy(() -> complete(unit.purchaser(), p, Tendering.TASK_ANSWER_PROCESS_CHALLENGE,
                new AnswerProcessChallengeHandler.Form(Challenge.Status.UPHELD_RETENDER, "重新采购")))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("outcome"));
        complete(unit.purchaser(), p, Tendering.TASK_ANSWER_PROCESS_CHALLENGE, new AnswerProcessChallengeHandler.Form(
                Challenge.Status.REJECTED, "开标时间与采购公告一致，见开标记录"));
        assertThat(challenges.ofProject(p.getId())).extracting(Challenge::getStatus).containsOnly(Challenge.Status.REJECTED);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.TASK_SCORE_BIDS);
    }

    /** A bidder whose bid was not decrypted in time (counted as withdrawn) may challenge the opening: it has most reason to. */
    @Test
    void aBidderWhoseBidWasNotDecryptedMayChallengeTheOpening() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        bid(p, 0, "1800000");
        bid(p, 1, "1700000");
        bid(p, 2, "1650000");
        BidService.BidView lapsing = bid(p, 3, "1600000");
        at(p.getBidDeadline().plusSeconds(60));
        fireDueTimers();
        for (Bid b : bidding.currentRound(p.getId())) {
            if (b.getStatus() == Bid.Status.SEALED && b.getId() != lapsing.id()) {
                bidding.decryptBid(fixtures.actor(providerUser(b.getProviderId())), p.getId(), bidKeys.get(b.getId()));
            }
        }
        closeDecryption(p);
        assertThat(bidding.currentRound(p.getId())).filteredOn(b -> b.getId() == lapsing.id())
                .singleElement().satisfies(b -> assertThat(b.getStatus()).isEqualTo(Bid.Status.WITHDRAWN));

        Challenge filed = challenges.fileAgainstProcess(fixtures.actor("provider4"), p.getId(), "解密客户端故障，非本单位原因未能在时限内解密");
        assertThat(filed.getSubject()).isEqualTo(Challenge.Subject.PROCESS);
    }
}
