package cn.gov.legalprocurement.framework;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.tender.Award;
import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.tender.OpeningService;
import cn.gov.legalprocurement.tender.SigningClock;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The call-off path of the tendering model alone (110号令, stage two), on the in-memory engine with the call-off
 * service mocked: the purchaser offers, the supplier declines, the next offer lapses unanswered, the third is accepted.
 */
@Deployment(resources = "bpmn/tendering.bpmn")
class CallOffModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long PROJECT_ID = 42L;
    static final long AWARD_ID = 9L;
    static final String APPLICANT = "applicant1";
    static final Instant ANSWER_DUE = Instant.parse("2027-01-06T16:00:00Z");
    static final SigningClock SIGNING = new SigningClock(Instant.parse("2027-02-05T16:00:00Z"), Instant.parse("2027-01-31T16:00:00Z"));

    final FrameworkAgreementService agreements = mock(FrameworkAgreementService.class);
    final CallOffService callOffs = mock(CallOffService.class);
    final CallOffQuotationService quotations = mock(CallOffQuotationService.class);
    final OpeningService opening = mock(OpeningService.class);

    @BeforeEach
    void registerBeans() {
        FrameworkModelBeans.register(agreements, callOffs, quotations, opening);
    }

    void offer(ProcessInstance instance, long providerId) {
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_OFFER_CALL_OFF);
        assertThat(task(Tendering.TASK_OFFER_CALL_OFF, instance)).isAssignedTo(APPLICANT);
        when(callOffs.offer(ACTOR, PROJECT_ID, null, null)).thenReturn(new CallOffService.Offered(providerId, ANSWER_DUE));
        completeWith(task(Tendering.TASK_OFFER_CALL_OFF, instance), new OfferCallOffHandler(callOffs, quotations),
                new OfferCallOffHandler.Form(null, null, null, null));
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_ANSWER_CALL_OFF).variables()
                .containsEntry(Vars.PROVIDER_ID, providerId);
        assertThat(task(Tendering.TASK_ANSWER_CALL_OFF, instance)).hasCandidateGroup("PROVIDER").hasDueDate(Date.from(ANSWER_DUE));
        assertThat(job(Tendering.TIMER_CALL_OFF_ANSWER_OVERDUE, instance)).hasDueDate(Date.from(ANSWER_DUE));
    }

    @Test
    void aCallOffDeclinedThenLapsedIsOfferedAgainUntilASupplierAccepts() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(Tendering.ID, "P-2027-0042",
                withVariables(Vars.PROJECT_ID, PROJECT_ID, Vars.APPLICANT, APPLICANT,
                        Vars.METHOD, ProcurementMethod.FRAMEWORK_CALL_OFF.name()));

        offer(instance, 7L);
        when(callOffs.answer(ACTOR, PROJECT_ID, false, "本期人手不足")).thenReturn(new CallOffService.Answer(false, Optional.empty()));
        completeWith(task(Tendering.TASK_ANSWER_CALL_OFF, instance), new AnswerCallOffHandler(callOffs),
                new AnswerCallOffHandler.Form(false, "本期人手不足"));

        offer(instance, 8L);
        execute(job(Tendering.TIMER_CALL_OFF_ANSWER_OVERDUE, instance));
        verify(callOffs).lapse(PROJECT_ID);

        offer(instance, 9L);
        Award award = mock(Award.class);
        when(award.getId()).thenReturn(AWARD_ID);
        when(callOffs.answer(ACTOR, PROJECT_ID, true, null))
                .thenReturn(new CallOffService.Answer(true, Optional.of(new AwardService.Awarded(award, SIGNING))));
        completeWith(task(Tendering.TASK_ANSWER_CALL_OFF, instance), new AnswerCallOffHandler(callOffs),
                new AnswerCallOffHandler.Form(true, null));

        assertThat(instance).hasPassed(Tendering.SERVICE_LAPSE_CALL_OFF, Tendering.END_CALLED_OFF).isEnded()
                .hasNotPassed(Tendering.TASK_PREPARE_DOCUMENTS, Tendering.SERVICE_DRAW_COMMITTEE, Tendering.GATEWAY_CHALLENGE_WINDOW)
                .variables().containsEntry(Vars.PROVIDER_ID, 9L).containsEntry(Vars.AWARD_ID, AWARD_ID)
                .containsEntry(Tendering.VAR_SIGNING_DEADLINE, Date.from(SIGNING.deadline()))
                .containsEntry(Tendering.VAR_SIGNING_ESCALATION_AT, Date.from(SIGNING.escalationAt()))
                .containsEntry(Tendering.VAR_CALL_OFF_TERMINATED, false);
    }

    @Test
    void aCallOffNobodyIsLeftToTakeIsEndedByThePurchaser() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(Tendering.ID, "P-2027-0043",
                withVariables(Vars.PROJECT_ID, PROJECT_ID, Vars.APPLICANT, APPLICANT,
                        Vars.METHOD, ProcurementMethod.FRAMEWORK_CALL_OFF.name()));
        completeWith(task(Tendering.TASK_OFFER_CALL_OFF, instance), new OfferCallOffHandler(callOffs, quotations),
                new OfferCallOffHandler.Form(null, "入围供应商均已放弃", true, null));

        verify(callOffs).terminate(ACTOR, PROJECT_ID, "入围供应商均已放弃");
        verify(callOffs, never()).offer(any(), anyLong(), any(), any());
        assertThat(instance).hasPassed(Tendering.END_CALL_OFF_TERMINATED).isEnded()
                .hasNotPassed(Tendering.TASK_ANSWER_CALL_OFF, Tendering.END_CALLED_OFF)
                .variables().containsEntry(Tendering.VAR_CALL_OFF_TERMINATED, true);
    }

    /**
     * Second-round quotation (110号令 39): the purchaser asks for quotations; at the deadline the opening starts, at the end
     * of the decryption window the lowest valid quotation is awarded; a round with none goes back to the purchaser.
     */
    @Test
    void secondRoundQuotationsAreOpenedAtTheDeadlineAndTheLowestValidOneIsAwarded() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(Tendering.ID, "P-2027-0044",
                withVariables(Vars.PROJECT_ID, PROJECT_ID, Vars.APPLICANT, APPLICANT,
                        Vars.METHOD, ProcurementMethod.FRAMEWORK_CALL_OFF.name()));
        Instant deadline = Instant.parse("2027-01-07T01:30:00Z");
        Instant decrypted = Instant.parse("2027-01-07T02:30:00Z");
        java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(deadline, cn.gov.legalprocurement.shared.PortalClock.ZONE);
        when(quotations.invite(ACTOR, PROJECT_ID, "驻村法律顾问", deadline))
                .thenReturn(new CallOffQuotationService.Invited(deadline, decrypted, java.util.List.of(7L, 8L)));
        when(quotations.awardLowest(PROJECT_ID)).thenReturn(Optional.empty());
        OfferCallOffHandler.Form ask = new OfferCallOffHandler.Form(null, "驻村法律顾问", null, local);
        completeWith(task(Tendering.TASK_OFFER_CALL_OFF, instance), new OfferCallOffHandler(callOffs, quotations), ask);
        assertThat(instance).isWaitingAtExactly(Tendering.TIMER_QUOTATION_DEADLINE);
        assertThat(job(Tendering.TIMER_QUOTATION_DEADLINE, instance)).hasDueDate(Date.from(deadline));
        execute(job(Tendering.TIMER_QUOTATION_DEADLINE, instance));
        verify(opening).startOpening(PROJECT_ID);
        assertThat(job(Tendering.TIMER_QUOTATION_DECRYPTION_CLOSED, instance)).hasDueDate(Date.from(decrypted));
        execute(job(Tendering.TIMER_QUOTATION_DECRYPTION_CLOSED, instance));
        assertThat(instance).as("no valid quotation").isWaitingAtExactly(Tendering.TASK_OFFER_CALL_OFF);

        Award award = mock(Award.class);
        when(award.getId()).thenReturn(AWARD_ID);
        when(quotations.awardLowest(PROJECT_ID)).thenReturn(Optional.of(new AwardService.Awarded(award, SIGNING)));
        completeWith(task(Tendering.TASK_OFFER_CALL_OFF, instance), new OfferCallOffHandler(callOffs, quotations), ask);
        execute(job(Tendering.TIMER_QUOTATION_DEADLINE, instance));
        execute(job(Tendering.TIMER_QUOTATION_DECRYPTION_CLOSED, instance));
        assertThat(instance).hasPassed(Tendering.SERVICE_AWARD_LOWEST_QUOTATION, Tendering.END_CALLED_OFF_BY_QUOTATION).isEnded()
                .hasNotPassed(Tendering.TASK_ANSWER_CALL_OFF, Tendering.SERVICE_DRAW_COMMITTEE)
                .variables().containsEntry(Vars.AWARD_ID, AWARD_ID)
                .containsEntry(Tendering.VAR_SIGNING_DEADLINE, Date.from(SIGNING.deadline()));
        verify(callOffs, never()).offer(any(), anyLong(), any(), any());
    }
}
