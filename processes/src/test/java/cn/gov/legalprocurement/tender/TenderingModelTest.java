package cn.gov.legalprocurement.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.challenge.Challenge;
import cn.gov.legalprocurement.challenge.ChallengeModelBeans;
import cn.gov.legalprocurement.evaluation.EvaluationModelBeans;
import cn.gov.legalprocurement.evaluation.EvaluationService;
import cn.gov.legalprocurement.evaluation.NegotiationService;
import cn.gov.legalprocurement.intention.CheckPurchaseIntentionDelegate;
import cn.gov.legalprocurement.intention.PurchaseIntentionService;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tendering model alone, on the in-memory engine, with its delegates mocked at their services; the
 * user tasks are completed with the variables their handlers return.
 */
@Deployment(resources = "bpmn/tendering.bpmn")
class TenderingModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long PROJECT_ID = 42L;
    static final String BUSINESS_KEY = "P-2026-0042";
    static final String APPLICANT = "applicant1";
    static final long AWARD_ID = 9L;
    static final long PROVIDER_ID = 7L;
    static final List<String> COMMITTEE = List.of("expert1", "expert2", "expert3");
    static final Instant BID_DEADLINE = Instant.parse("2026-12-22T01:30:00Z");
    static final LocalDateTime DEADLINE_AS_ENTERED = LocalDateTime.of(2026, 12, 22, 9, 30);
    static final Instant DECRYPTION_WINDOW_ENDS = Instant.parse("2026-12-22T02:00:00Z");
    static final Instant CHALLENGE_WINDOW_ENDS = Instant.parse("2027-01-05T16:00:00Z");
    static final Instant SINGLE_SOURCE_NOTICE_ENDS = Instant.parse("2026-12-08T16:00:00Z");
    static final AwardService.Published PUBLISHED = new AwardService.Published(CHALLENGE_WINDOW_ENDS,
            Instant.parse("2027-01-25T16:00:00Z"), Instant.parse("2027-01-20T16:00:00Z"));

    final TenderDocumentsService documents = mock(TenderDocumentsService.class);
    final OpeningService opening = mock(OpeningService.class);
    final EvaluationService evaluation = mock(EvaluationService.class);
    final AwardService awards = mock(AwardService.class);
    final SingleSourceService singleSource = mock(SingleSourceService.class);
    final BelowFloorPurchaseService belowFloor = mock(BelowFloorPurchaseService.class);
    final InvitationService invitations = mock(InvitationService.class);
    final NegotiationService negotiation = mock(NegotiationService.class);
    final PurchaseIntentionService intentions = mock(PurchaseIntentionService.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("publishProcurementNoticeDelegate", new PublishProcurementNoticeDelegate(documents));
        Mocks.register("startOpeningDelegate", new StartOpeningDelegate(opening));
        Mocks.register("openBidsDelegate", new OpenBidsDelegate(opening));
        Mocks.register("declareTenderFailedDelegate", new DeclareTenderFailedDelegate(opening));
        Mocks.register("publishAwardDelegate", new PublishAwardDelegate(awards));
        Mocks.register("publishSingleSourceNoticeDelegate", new PublishSingleSourceNoticeDelegate(singleSource));
        Mocks.register("checkPurchaseIntentionDelegate", new CheckPurchaseIntentionDelegate(intentions));
        Mocks.register("drawInviteesDelegate", new DrawInviteesDelegate(invitations));
        Mocks.register("deemTopRankedChosenDelegate", new DeemTopRankedChosenDelegate(awards));
        EvaluationModelBeans.register(evaluation, negotiation);

        when(opening.startOpening(PROJECT_ID)).thenReturn(3);
        when(evaluation.members(PROJECT_ID)).thenReturn(COMMITTEE);
        when(evaluation.chair(PROJECT_ID)).thenReturn(COMMITTEE.get(0));
        when(awards.publishAward(ACTOR, PROJECT_ID, AWARD_ID)).thenReturn(PUBLISHED);
        when(awards.publishAwardAtDeadline(PROJECT_ID, AWARD_ID)).thenReturn(PUBLISHED);
        when(singleSource.publishSingleSourceNotice(PROJECT_ID)).thenReturn(SINGLE_SOURCE_NOTICE_ENDS);
        when(intentions.intentionPeriod(PROJECT_ID)).thenReturn(new PurchaseIntentionService.IntentionPeriod(true, java.util.Optional.empty()));
    }

    ProcessInstance start(ProcurementMethod method) {
        return runtimeService().startProcessInstanceByKey(Tendering.ID, BUSINESS_KEY,
                withVariables(Vars.PROJECT_ID, PROJECT_ID, Vars.APPLICANT, APPLICANT, Vars.METHOD, method.name()));
    }

    void prepareDocuments(ProcessInstance instance) {
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_PREPARE_DOCUMENTS);
        assertThat(task(Tendering.TASK_PREPARE_DOCUMENTS, instance)).isAssignedTo(APPLICANT);
        when(documents.prepareDocuments(ACTOR, PROJECT_ID, new TenderDocumentsService.Documents(30, "服务方案", null,
                DEADLINE_AS_ENTERED.atZone(PortalClock.ZONE).toInstant(), null, false, cn.gov.legalprocurement.ProcessTestSupport.NOT_FOR_SMES)))
                .thenReturn(new TenderDocumentsService.Round(1, BID_DEADLINE, DECRYPTION_WINDOW_ENDS));
        completeWith(task(Tendering.TASK_PREPARE_DOCUMENTS, instance), new PrepareTenderDocumentsHandler(documents),
                new PrepareTenderDocumentsHandler.Form(30, "服务方案", null, DEADLINE_AS_ENTERED, null, false, cn.gov.legalprocurement.ProcessTestSupport.NOT_FOR_SMES));
    }

    /** The bid deadline passes, the bidders decrypt, the window closes and the bids are opened. */
    void openBids(ProcessInstance instance, int qualified) {
        openBids(instance, qualified, BID_DEADLINE, DECRYPTION_WINDOW_ENDS);
    }

    void openBids(ProcessInstance instance, int qualified, Instant deadline, Instant decryptionEnds) {
        when(opening.openBids(PROJECT_ID)).thenReturn(new OpeningService.Opening(qualified, 3));
        assertThat(instance).isWaitingAt(Tendering.GATEWAY_BID_PERIOD);
        assertThat(job(Tendering.TIMER_BID_DEADLINE, instance)).hasDueDate(Date.from(deadline));
        execute(job(Tendering.TIMER_BID_DEADLINE, instance));

        assertThat(instance).isWaitingAt(Tendering.TIMER_DECRYPTION_WINDOW)
                .variables().containsEntry(Tendering.VAR_BIDS_RECEIVED, 3);
        assertThat(job(Tendering.TIMER_DECRYPTION_WINDOW, instance)).hasDueDate(Date.from(decryptionEnds));
        execute(job(Tendering.TIMER_DECRYPTION_WINDOW, instance));
    }

    static final Instant FINAL_QUOTATION_DEADLINE = Instant.parse("2026-12-29T02:00:00Z");
    static final Instant FINAL_DECRYPTION_ENDS = Instant.parse("2026-12-29T02:30:00Z");

    /** The panel's chair records a round; the outcome decides what follows. */
    void negotiateRound(ProcessInstance instance, NegotiationService.Next next) {
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_NEGOTIATE_ROUND);
        assertThat(task(Tendering.TASK_NEGOTIATE_ROUND, instance)).isAssignedTo(COMMITTEE.get(0));
        EvaluationModelBeans.negotiateRound(task(Tendering.TASK_NEGOTIATE_ROUND, instance),
                EvaluationModelBeans.outcome(next, next == NegotiationService.Next.FINAL_QUOTATIONS ? FINAL_QUOTATION_DEADLINE : null,
                        next == NegotiationService.Next.FINAL_QUOTATIONS ? FINAL_DECRYPTION_ENDS : null),
                LocalDateTime.of(2026, 12, 29, 10, 0), ACTOR);
    }

    /** A negotiation (consultation) through its first responses, two rounds and the final quotations' opening. */
    ProcessInstance negotiateToFinalQuotations(ProcurementMethod method) {
        ProcessInstance instance = start(method);
        prepareDocuments(instance);
        openBids(instance, 3);
        negotiateRound(instance, NegotiationService.Next.ANOTHER_ROUND);
        negotiateRound(instance, NegotiationService.Next.FINAL_QUOTATIONS);
        assertThat(instance).variables().containsEntry(Tendering.VAR_FINAL_QUOTATIONS, true);
        openBids(instance, 3, FINAL_QUOTATION_DEADLINE, FINAL_DECRYPTION_ENDS);
        return instance;
    }

    /** Each expert of the committee scores in a task of their own. */
    void scoreBids(ProcessInstance instance) {
        List<Task> scoring = taskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Tendering.TASK_SCORE_BIDS).list();
        assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(COMMITTEE);
        scoring.forEach(BpmnAwareTests::complete);
    }

    void confirmWinner(ProcessInstance instance) {
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_CONFIRM_WINNER);
        Award award = award();
        when(awards.confirmWinner(ACTOR, PROJECT_ID, 11L, null)).thenReturn(award);
        completeWith(task(Tendering.TASK_CONFIRM_WINNER, instance), new ConfirmWinnerHandler(awards),
                new ConfirmWinnerHandler.Form(11L, null));
        assertThat(instance).variables().containsEntry(Vars.PROVIDER_ID, PROVIDER_ID).containsEntry(Vars.AWARD_ID, AWARD_ID);
        publishAward(instance);
    }

    /** The purchaser publishes the award notice before the portal would (in its period's last hour). */
    void publishAward(ProcessInstance instance) {
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_PUBLISH_AWARD);
        assertThat(job(Tendering.TIMER_AWARD_NOTICE_DUE, instance)).hasDueDate(LAST_HOUR);
        completeWith(task(Tendering.TASK_PUBLISH_AWARD, instance), new PublishAwardHandler(awards), new PublishAwardHandler.Form(true));
    }

    void awaitChallengeWindow(ProcessInstance instance) {
        assertThat(instance).isWaitingAtExactly(Tendering.GATEWAY_CHALLENGE_WINDOW)
                .isWaitingFor(Tendering.MESSAGE_CHALLENGE_FILED);
        assertThat(job(Tendering.TIMER_CHALLENGE_WINDOW, instance)).hasDueDate(Date.from(CHALLENGE_WINDOW_ENDS));
    }

    void closeChallengeWindow(ProcessInstance instance) {
        awaitChallengeWindow(instance);
        execute(job(Tendering.TIMER_CHALLENGE_WINDOW, instance));
        assertThat(instance).hasPassed(Tendering.TIMER_CHALLENGE_WINDOW, Tendering.END_AWARDED).isEnded();
    }

    void fileAndAnswerChallenge(ProcessInstance instance, Challenge.Status outcome) {
        awaitChallengeWindow(instance);
        runtimeService().createMessageCorrelation(Tendering.MESSAGE_CHALLENGE_FILED)
                .processInstanceBusinessKey(BUSINESS_KEY).setVariable(Tendering.VAR_CHALLENGE_ID, 3L).correlate();
        assertThat(instance).hasPassed(Tendering.EVENT_CHALLENGE_FILED).isWaitingAtExactly(Tendering.TASK_ANSWER_CHALLENGE)
                .variables().containsEntry(Tendering.VAR_CHALLENGE_ID, 3L);
        ChallengeModelBeans.answer(task(Tendering.TASK_ANSWER_CHALLENGE, instance), outcome, "评分有误", ACTOR);
    }

    /** Open tender up to the award notice, the challenge window open. */
    ProcessInstance awardOpenTender() {
        ProcessInstance instance = start(ProcurementMethod.OPEN_TENDER);
        prepareDocuments(instance);
        openBids(instance, 3);
        scoreBids(instance);
        confirmWinner(instance);
        return instance;
    }

    /** Open tender with too few qualified bids, up to the unit's decision after the failure. */
    ProcessInstance failOpenTender() {
        ProcessInstance instance = start(ProcurementMethod.OPEN_TENDER);
        prepareDocuments(instance);
        openBids(instance, 1);
        verify(opening).declareFailed(PROJECT_ID);
        assertThat(instance).hasPassed(Tendering.SERVICE_DECLARE_FAILED).hasNotPassed(Tendering.SERVICE_DRAW_COMMITTEE)
                .isWaitingAtExactly(Tendering.TASK_DECIDE_AFTER_FAILURE);
        assertThat(task(Tendering.TASK_DECIDE_AFTER_FAILURE, instance)).isAssignedTo(APPLICANT);
        return instance;
    }

    void proposeSwitch(ProcessInstance instance, ProcurementMethod proposed) {
        decideAfterFailure(instance, new OpeningService.AfterFailure(FailedTenderDecision.SWITCH_METHOD, proposed, "只有一家合格"));
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_APPROVE_METHOD_SWITCH);
        assertThat(task(Tendering.TASK_APPROVE_METHOD_SWITCH, instance)).hasCandidateGroup(Role.FINANCE.name());
    }

    void negotiateSingleSource(ProcessInstance instance) {
        verify(singleSource).publishSingleSourceNotice(PROJECT_ID);
        assertThat(instance).isWaitingAtExactly(Tendering.TIMER_SINGLE_SOURCE_NOTICE);
        assertThat(job(Tendering.TIMER_SINGLE_SOURCE_NOTICE, instance)).hasDueDate(Date.from(SINGLE_SOURCE_NOTICE_ENDS));
        execute(job(Tendering.TIMER_SINGLE_SOURCE_NOTICE, instance));

        assertThat(instance).isWaitingAtExactly(Tendering.TASK_NEGOTIATE_SINGLE_SOURCE);
        assertThat(task(Tendering.TASK_NEGOTIATE_SINGLE_SOURCE, instance)).isAssignedTo(APPLICANT);
        Award award = award();
        when(singleSource.negotiateSingleSource(ACTOR, PROJECT_ID, PROVIDER_ID, new BigDecimal("90000"), "协商纪要"))
                .thenReturn(award);
        completeWith(task(Tendering.TASK_NEGOTIATE_SINGLE_SOURCE, instance), new NegotiateSingleSourceHandler(singleSource),
                new NegotiateSingleSourceHandler.Form(PROVIDER_ID, new BigDecimal("90000"), "协商纪要"));
        publishAward(instance);
    }

    /** The unit's decision through its handler: the service's answer becomes the gateway's variables. */
    void decideAfterFailure(ProcessInstance instance, OpeningService.AfterFailure decided) {
        when(opening.decideAfterFailure(ACTOR, PROJECT_ID, decided.decision(), decided.proposedMethod(), decided.reason()))
                .thenReturn(decided);
        completeWith(task(Tendering.TASK_DECIDE_AFTER_FAILURE, instance), new DecideAfterFailedTenderHandler(opening),
                new DecideAfterFailedTenderHandler.Form(decided.decision(), decided.proposedMethod(), decided.reason()));
    }

    /** FINANCE's answer through its handler, which reads the proposal from the process. */
    void approveSwitch(ProcessInstance instance, ProcurementMethod proposed, boolean approved) {
        when(opening.approveMethodSwitch(ACTOR, PROJECT_ID, proposed, "只有一家合格", approved, "意见"))
                .thenReturn(approved);
        completeWith(task(Tendering.TASK_APPROVE_METHOD_SWITCH, instance), new ApproveMethodSwitchHandler(opening),
                new ApproveMethodSwitchHandler.Form(approved, "意见"));
        verify(opening).approveMethodSwitch(ACTOR, PROJECT_ID, proposed, "只有一家合格", approved, "意见");
    }

    static Award award() {
        Award award = mock(Award.class);
        when(award.getId()).thenReturn(AWARD_ID);
        when(award.getProviderId()).thenReturn(PROVIDER_ID);
        return award;
    }

    long timesPassed(ProcessInstance instance, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).count();
    }

    @Test
    void openTenderIsAwardedWhenTheChallengeWindowClosesWithoutChallenge() {
        ProcessInstance instance = awardOpenTender();

        verify(documents).publishNotice(PROJECT_ID);
        verify(opening).startOpening(PROJECT_ID);
        verify(opening).openBids(PROJECT_ID);
        verify(evaluation).drawCommittee(PROJECT_ID);
        verify(evaluation).rank(PROJECT_ID);
        verify(awards).publishAward(ACTOR, PROJECT_ID, AWARD_ID);
        assertThat(instance).variables()
                .containsEntry(Tendering.VAR_SIGNING_DEADLINE, Date.from(PUBLISHED.signingDeadline()))
                .containsEntry(Tendering.VAR_SIGNING_ESCALATION_AT, Date.from(PUBLISHED.signingEscalationAt()));
        closeChallengeWindow(instance);

        assertThat(instance).hasPassedInOrder(Tendering.TASK_PREPARE_DOCUMENTS, Tendering.SERVICE_PUBLISH_PROCUREMENT_NOTICE,
                        Tendering.TIMER_BID_DEADLINE, Tendering.SERVICE_START_OPENING, Tendering.TIMER_DECRYPTION_WINDOW,
                        Tendering.SERVICE_OPEN_BIDS, Tendering.SERVICE_DRAW_COMMITTEE, Tendering.TASK_SCORE_BIDS,
                        Tendering.SERVICE_RANK_BIDS, Tendering.TASK_CONFIRM_WINNER, Tendering.TASK_PUBLISH_AWARD,
                        Tendering.GATEWAY_CHALLENGE_WINDOW, Tendering.TIMER_CHALLENGE_WINDOW, Tendering.END_AWARDED)
                .hasNotPassed(Tendering.EVENT_CHALLENGE_FILED, Tendering.SERVICE_PUBLISH_SINGLE_SOURCE_NOTICE,
                        Tendering.SERVICE_DECLARE_FAILED, Tendering.SERVICE_DRAW_INVITEES);
        verify(invitations, never()).drawInvitees(anyLong());
    }

    @Test
    void aChallengeOfTheDocumentsIsAnsweredWhileTheBidPeriodRunsOn() {
        ProcessInstance instance = start(ProcurementMethod.OPEN_TENDER);
        prepareDocuments(instance);

        runtimeService().createMessageCorrelation(Tendering.MESSAGE_DOCUMENTS_CHALLENGE_FILED).processInstanceBusinessKey(BUSINESS_KEY)
                .correlate();

        assertThat(instance).hasPassed(Tendering.START_DOCUMENTS_CHALLENGE_FILED)
                .isWaitingAt(Tendering.GATEWAY_BID_PERIOD, Tendering.TASK_ANSWER_DOCUMENTS_CHALLENGE);
        assertThat(task(Tendering.TASK_ANSWER_DOCUMENTS_CHALLENGE, instance)).hasCandidateGroup(Role.PURCHASER.name()).hasDueDate(DUE);
        ChallengeModelBeans.answerDocuments(task(Tendering.TASK_ANSWER_DOCUMENTS_CHALLENGE, instance), Challenge.Status.UPHELD_AMEND,
                "第三章评分标准中的“本地业绩”一项删除，另行发布更正公告", ACTOR);
        assertThat(instance).hasPassed(Tendering.END_DOCUMENTS_CHALLENGE_ANSWERED);
        openBids(instance, 3);
        scoreBids(instance);
        confirmWinner(instance);
        closeChallengeWindow(instance);
    }

    @Test
    void aLateClarificationMovesTheDeadlineAndTheBidPeriodWaitsForTheNewOne() {
        ProcessInstance instance = start(ProcurementMethod.OPEN_TENDER);
        prepareDocuments(instance);
        Instant moved = BID_DEADLINE.plus(java.time.Duration.ofDays(7));
        Instant movedDecryption = DECRYPTION_WINDOW_ENDS.plus(java.time.Duration.ofDays(7));

        runtimeService().createMessageCorrelation(Tendering.MESSAGE_BID_DEADLINE_MOVED).processInstanceBusinessKey(BUSINESS_KEY)
                .setVariable(Tendering.VAR_BID_DEADLINE, Date.from(moved))
                .setVariable(Tendering.VAR_DECRYPTION_WINDOW_ENDS, Date.from(movedDecryption)).correlate();

        assertThat(instance).hasPassed(Tendering.EVENT_BID_DEADLINE_MOVED).hasNotPassed(Tendering.TIMER_BID_DEADLINE);
        openBids(instance, 3, moved, movedDecryption);
        verify(opening, times(1)).startOpening(PROJECT_ID);
        verify(documents, times(1)).publishNotice(PROJECT_ID);
    }

    @Test
    void aNegotiationRunsItsRoundsThenAwardsTheLowestFinalQuotation() {
        ProcessInstance instance = negotiateToFinalQuotations(ProcurementMethod.COMPETITIVE_NEGOTIATION);

        assertThat(timesPassed(instance, Tendering.TASK_NEGOTIATE_ROUND)).isEqualTo(2);
        assertThat(timesPassed(instance, Tendering.SERVICE_OPEN_BIDS)).isEqualTo(2);
        verify(evaluation, times(1)).drawCommittee(PROJECT_ID);
        verify(negotiation).rankFinalQuotations(PROJECT_ID);
        verify(evaluation, never()).rank(PROJECT_ID);
        assertThat(instance).hasNotPassed(Tendering.TASK_SCORE_BIDS);
        confirmWinner(instance);
        verify(awards).publishAward(ACTOR, PROJECT_ID, AWARD_ID);
        closeChallengeWindow(instance);
    }

    @Test
    void aConsultationScoresTheFinalQuotationsAndTheTopRankedIsDeemedChosenWhenNobodyConfirms() {
        ProcessInstance instance = negotiateToFinalQuotations(ProcurementMethod.COMPETITIVE_CONSULTATION);
        scoreBids(instance);
        verify(evaluation).rank(PROJECT_ID);
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_CONFIRM_WINNER);
        assertThat(job(Tendering.TIMER_WINNER_DEEMED_CHOSEN, instance)).hasDueDate(DUE);
        Award award = award();
        when(awards.deemTopRankedChosen(PROJECT_ID)).thenReturn(award);

        execute(job(Tendering.TIMER_WINNER_DEEMED_CHOSEN, instance));

        assertThat(instance).hasPassed(Tendering.SERVICE_DEEM_TOP_RANKED_CHOSEN).hasNotPassed(Tendering.SERVICE_RANK_FINAL_QUOTATIONS)
                .variables().containsEntry(Vars.PROVIDER_ID, PROVIDER_ID).containsEntry(Vars.AWARD_ID, AWARD_ID);
        assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Tendering.TASK_CONFIRM_WINNER).count()).isZero();
        // nobody publishes the notice either: the portal does in the last hour of its period
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_PUBLISH_AWARD);
        execute(job(Tendering.TIMER_AWARD_NOTICE_DUE, instance));
        assertThat(instance).hasPassed(Tendering.SERVICE_PUBLISH_AWARD).variables()
                .containsEntry(Tendering.VAR_CHALLENGE_WINDOW_ENDS, Date.from(CHALLENGE_WINDOW_ENDS));
        verify(awards).publishAwardAtDeadline(PROJECT_ID, AWARD_ID);
        verify(awards, never()).publishAward(any(), anyLong(), anyLong());
        awaitChallengeWindow(instance);
    }

    @Test
    void aNegotiationLeftWithTooFewSuppliersFails() {
        ProcessInstance instance = start(ProcurementMethod.COMPETITIVE_NEGOTIATION);
        prepareDocuments(instance);
        openBids(instance, 3);
        negotiateRound(instance, NegotiationService.Next.TOO_FEW);

        verify(opening).declareFailed(PROJECT_ID);
        assertThat(instance).hasPassed(Tendering.SERVICE_DECLARE_FAILED).isWaitingAtExactly(Tendering.TASK_DECIDE_AFTER_FAILURE);
    }

    @Test
    void anInvitedTenderDrawsItsInviteesBeforeTheNotice() {
        ProcessInstance instance = start(ProcurementMethod.INVITED_TENDER);
        prepareDocuments(instance);

        assertThat(instance).hasPassedInOrder(Tendering.TASK_PREPARE_DOCUMENTS, Tendering.SERVICE_DRAW_INVITEES,
                Tendering.SERVICE_PUBLISH_PROCUREMENT_NOTICE).isWaitingAt(Tendering.GATEWAY_BID_PERIOD);
        verify(invitations).drawInvitees(PROJECT_ID);
    }

    @Test
    void tooFewQualifiedBidsFailTheTenderAndTheUnitTendersAgain() {
        ProcessInstance instance = failOpenTender();
        decideAfterFailure(instance, new OpeningService.AfterFailure(FailedTenderDecision.RETENDER, null, null));

        assertThat(instance).isWaitingAtExactly(Tendering.TASK_PREPARE_DOCUMENTS)
                .hasNotPassed(Tendering.TASK_APPROVE_METHOD_SWITCH);
        assertThat(timesPassed(instance, Tendering.TASK_PREPARE_DOCUMENTS)).isEqualTo(2);
        verify(evaluation, never()).drawCommittee(anyLong());
    }

    @Test
    void approvedSwitchToSingleSourceGoesThroughTheSingleSourceNoticeToTheAward() {
        ProcessInstance instance = failOpenTender();
        proposeSwitch(instance, ProcurementMethod.SINGLE_SOURCE);
        approveSwitch(instance, ProcurementMethod.SINGLE_SOURCE, true);

        assertThat(instance).hasPassed(Tendering.SERVICE_PUBLISH_SINGLE_SOURCE_NOTICE);
        negotiateSingleSource(instance);
        closeChallengeWindow(instance);

        verify(awards).publishAward(ACTOR, PROJECT_ID, AWARD_ID);
        assertThat(timesPassed(instance, Tendering.TASK_PREPARE_DOCUMENTS)).isEqualTo(1);
    }

    @Test
    void approvedSwitchToCompetitiveNegotiationPreparesNewDocuments() {
        ProcessInstance instance = failOpenTender();
        proposeSwitch(instance, ProcurementMethod.COMPETITIVE_NEGOTIATION);
        approveSwitch(instance, ProcurementMethod.COMPETITIVE_NEGOTIATION, true);

        assertThat(instance).isWaitingAtExactly(Tendering.TASK_PREPARE_DOCUMENTS)
                .hasNotPassed(Tendering.SERVICE_PUBLISH_SINGLE_SOURCE_NOTICE)
                .variables().containsEntry(Vars.METHOD, ProcurementMethod.COMPETITIVE_NEGOTIATION.name());
    }

    @Test
    void refusedSwitchSendsTheUnitBackToDecideAfterTheFailure() {
        ProcessInstance instance = failOpenTender();
        proposeSwitch(instance, ProcurementMethod.SINGLE_SOURCE);
        approveSwitch(instance, ProcurementMethod.SINGLE_SOURCE, false);

        assertThat(instance).isWaitingAtExactly(Tendering.TASK_DECIDE_AFTER_FAILURE)
                .hasNotPassed(Tendering.SERVICE_PUBLISH_SINGLE_SOURCE_NOTICE)
                .variables().containsEntry(Vars.METHOD, ProcurementMethod.OPEN_TENDER.name());
        assertThat(timesPassed(instance, Tendering.TASK_DECIDE_AFTER_FAILURE)).isEqualTo(2);
        verify(singleSource, never()).publishSingleSourceNotice(anyLong());
    }

    @Test
    void singleSourceMethodPublishesTheNoticeNegotiatesAndAwards() {
        ProcessInstance instance = start(ProcurementMethod.SINGLE_SOURCE);

        assertThat(instance).hasPassed(Tendering.SERVICE_PUBLISH_SINGLE_SOURCE_NOTICE)
                .variables().containsEntry(Tendering.VAR_SINGLE_SOURCE_NOTICE_ENDS, Date.from(SINGLE_SOURCE_NOTICE_ENDS));
        negotiateSingleSource(instance);
        closeChallengeWindow(instance);

        assertThat(instance).hasNotPassed(Tendering.TASK_PREPARE_DOCUMENTS, Tendering.TASK_SCORE_BIDS,
                Tendering.TASK_CONFIRM_WINNER);
        verify(awards).publishAward(ACTOR, PROJECT_ID, AWARD_ID);
        verify(documents, never()).publishNotice(anyLong());
    }

    @Test
    void belowTheFloorThePurchaserBuysDirectlyWithoutNoticeCommitteeOrChallengeWindow() {
        ProcessInstance instance = start(ProcurementMethod.DECENTRALISED_PURCHASE);

        assertThat(instance).isWaitingAtExactly(Tendering.TASK_PURCHASE_BELOW_FLOOR);
        assertThat(task(Tendering.TASK_PURCHASE_BELOW_FLOOR, instance)).isAssignedTo(APPLICANT);
        PurchaseBelowFloorHandler.Form form = new PurchaseBelowFloorHandler.Form(BelowFloorPurchase.Mode.DIRECT_COMMISSION,
                PROVIDER_ID, new BigDecimal("19200"), List.of(), "该所驻村服务三年，群众评价良好");
        Award award = award();
        when(belowFloor.purchase(ACTOR, PROJECT_ID, new BelowFloorPurchaseService.Purchase(BelowFloorPurchase.Mode.DIRECT_COMMISSION,
                PROVIDER_ID, new BigDecimal("19200"), List.of(), "该所驻村服务三年，群众评价良好")))
                .thenReturn(new BelowFloorPurchaseService.Purchased(award,
                        new SigningClock(PUBLISHED.signingDeadline(), PUBLISHED.signingEscalationAt())));
        completeWith(task(Tendering.TASK_PURCHASE_BELOW_FLOOR, instance), new PurchaseBelowFloorHandler(belowFloor), form);

        assertThat(instance).hasPassed(Tendering.END_PURCHASED_BELOW_FLOOR).isEnded()
                .hasNotPassed(Tendering.TASK_PREPARE_DOCUMENTS, Tendering.SERVICE_DRAW_COMMITTEE, Tendering.SERVICE_PUBLISH_AWARD,
                        Tendering.GATEWAY_CHALLENGE_WINDOW, Tendering.SERVICE_PUBLISH_SINGLE_SOURCE_NOTICE)
                .variables().containsEntry(Vars.PROVIDER_ID, PROVIDER_ID).containsEntry(Vars.AWARD_ID, AWARD_ID)
                .containsEntry(Tendering.VAR_SIGNING_DEADLINE, Date.from(PUBLISHED.signingDeadline()))
                .containsEntry(Tendering.VAR_SIGNING_ESCALATION_AT, Date.from(PUBLISHED.signingEscalationAt()));
        verify(documents, never()).publishNotice(anyLong());
        verify(awards, never()).publishAward(any(), anyLong(), anyLong());
        verify(awards, never()).publishAwardAtDeadline(anyLong(), anyLong());
    }

    @Test
    void anAddOnFromTheOriginalSupplierIsNegotiatedWithoutASingleSourceNotice() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(Tendering.ID, BUSINESS_KEY,
                withVariables(Vars.PROJECT_ID, PROJECT_ID, Vars.APPLICANT, APPLICANT, Vars.METHOD, ProcurementMethod.SINGLE_SOURCE.name(),
                        cn.gov.legalprocurement.workflow.ProcessModel.MethodSelection.VAR_ADD_ON, true));

        assertThat(instance).isWaitingAtExactly(Tendering.TASK_NEGOTIATE_SINGLE_SOURCE)
                .hasNotPassed(Tendering.SERVICE_PUBLISH_SINGLE_SOURCE_NOTICE);
        verify(singleSource, never()).publishSingleSourceNotice(anyLong());
    }

    @Test
    void rejectedChallengeReopensTheChallengeWindowUntilItCloses() {
        ProcessInstance instance = awardOpenTender();
        fileAndAnswerChallenge(instance, Challenge.Status.REJECTED);

        closeChallengeWindow(instance);
        assertThat(instance).hasPassed(Tendering.TASK_ANSWER_CHALLENGE).hasNotPassed(Tendering.SERVICE_REOPEN_EVALUATION);
        assertThat(timesPassed(instance, Tendering.GATEWAY_CHALLENGE_WINDOW)).isEqualTo(2);
        verify(awards, times(1)).publishAward(ACTOR, PROJECT_ID, AWARD_ID);
    }

    @Test
    void challengeUpheldForReevaluationHasTheSameCommitteeScoreAgain() {
        ProcessInstance instance = awardOpenTender();
        fileAndAnswerChallenge(instance, Challenge.Status.UPHELD_REEVALUATE);

        verify(evaluation).reopen(PROJECT_ID, "评分有误");
        assertThat(instance).hasPassed(Tendering.SERVICE_REOPEN_EVALUATION).isWaitingAt(Tendering.TASK_SCORE_BIDS);
        scoreBids(instance);
        confirmWinner(instance);
        closeChallengeWindow(instance);

        verify(evaluation, times(1)).drawCommittee(PROJECT_ID);
        verify(evaluation, times(2)).rank(PROJECT_ID);
        verify(awards, times(2)).publishAward(ACTOR, PROJECT_ID, AWARD_ID);
    }

    @Test
    void challengeUpheldForRetenderPreparesNewTenderDocuments() {
        ProcessInstance instance = awardOpenTender();
        fileAndAnswerChallenge(instance, Challenge.Status.UPHELD_RETENDER);

        assertThat(instance).isWaitingAtExactly(Tendering.TASK_PREPARE_DOCUMENTS)
                .hasNotPassed(Tendering.SERVICE_REOPEN_EVALUATION, Tendering.END_AWARDED);
        assertThat(timesPassed(instance, Tendering.TASK_PREPARE_DOCUMENTS)).isEqualTo(2);
        verify(evaluation, never()).reopen(anyLong(), anyString());
    }
}
