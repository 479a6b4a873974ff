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

    @BeforeEach
    void registerBeans() {
        FrameworkModelBeans.register(agreements, callOffs);
    }

    void offer(ProcessInstance instance, long providerId) {
        assertThat(instance).isWaitingAtExactly(Tendering.TASK_OFFER_CALL_OFF);
        assertThat(task(Tendering.TASK_OFFER_CALL_OFF, instance)).isAssignedTo(APPLICANT);
        when(callOffs.offer(ACTOR, PROJECT_ID, null, null)).thenReturn(new CallOffService.Offered(providerId, ANSWER_DUE));
        completeWith(task(Tendering.TASK_OFFER_CALL_OFF, instance), new OfferCallOffHandler(callOffs),
                new OfferCallOffHandler.Form(null, null, null));
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
        completeWith(task(Tendering.TASK_OFFER_CALL_OFF, instance), new OfferCallOffHandler(callOffs),
                new OfferCallOffHandler.Form(null, "入围供应商均已放弃", true));

        verify(callOffs).terminate(ACTOR, PROJECT_ID, "入围供应商均已放弃");
        verify(callOffs, never()).offer(any(), anyLong(), any(), any());
        assertThat(instance).hasPassed(Tendering.END_CALL_OFF_TERMINATED).isEnded()
                .hasNotPassed(Tendering.TASK_ANSWER_CALL_OFF, Tendering.END_CALLED_OFF)
                .variables().containsEntry(Tendering.VAR_CALL_OFF_TERMINATED, true);
    }
}
