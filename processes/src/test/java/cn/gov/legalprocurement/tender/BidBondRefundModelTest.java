package cn.gov.legalprocurement.tender;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.tender.BidBondService.Standing;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.BidBondRefund;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bidBondRefund model alone: bonds held wait for what releases them; due ones make the purchaser's refund task,
 * due by the earliest deadline; bonds falling due while the task is open are checked after it; all refunded ends it.
 */
@Deployment(resources = "bpmn/bidBondRefund.bpmn")
class BidBondRefundModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long PROJECT_ID = 42L;
    static final Instant LOSERS_BY = Instant.parse("2027-01-08T16:00:00Z");
    static final Instant WINNER_BY = Instant.parse("2027-02-05T16:00:00Z");

    final BidBondService bonds = mock(BidBondService.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("checkBidBondsDelegate", new CheckBidBondsDelegate(bonds));
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(BidBondRefund.ID, "P-2027-0042",
                withVariables(Vars.PROJECT_ID, PROJECT_ID, Vars.PURCHASER_ID, 3L));
    }

    void fallDue() {
        runtimeService().createMessageCorrelation(BidBondRefund.MESSAGE_DUE).processInstanceBusinessKey("P-2027-0042")
                .correlateAllWithResult();
    }

    void refund(ProcessInstance instance, Set<Long> ids) {
        completeWith(task(BidBondRefund.TASK_REFUND, instance), new RefundBidBondsHandler(bonds),
                new RefundBidBondsHandler.Form(ids, LocalDate.of(2027, 1, 6), "HK-001"));
        verify(bonds).refund(ACTOR, PROJECT_ID, ids, LocalDate.of(2027, 1, 6), "HK-001");
    }

    @Test
    void heldBondsWaitThenTheLosersAndLaterTheWinnerAreRefunded() {
        when(bonds.standing(PROJECT_ID)).thenReturn(new Standing(Standing.State.HELD, null));
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAtExactly(BidBondRefund.EVENT_DUE);

        when(bonds.standing(PROJECT_ID)).thenReturn(new Standing(Standing.State.DUE, LOSERS_BY));
        fallDue();
        assertThat(instance).isWaitingAtExactly(BidBondRefund.TASK_REFUND);
        assertThat(task(BidBondRefund.TASK_REFUND, instance)).hasCandidateGroup(Role.PURCHASER.name()).hasDueDate(Date.from(LOSERS_BY));

        when(bonds.standing(PROJECT_ID)).thenReturn(new Standing(Standing.State.HELD, null));
        refund(instance, Set.of(1L, 2L, 3L));
        assertThat(instance).isWaitingAtExactly(BidBondRefund.EVENT_DUE);

        when(bonds.standing(PROJECT_ID)).thenReturn(new Standing(Standing.State.DUE, WINNER_BY));
        fallDue();
        assertThat(task(BidBondRefund.TASK_REFUND, instance)).hasDueDate(Date.from(WINNER_BY));
        when(bonds.standing(PROJECT_ID)).thenReturn(new Standing(Standing.State.SETTLED, null));
        refund(instance, Set.of(4L));
        assertThat(instance).hasPassed(BidBondRefund.END_SETTLED).isEnded();
    }

    @Test
    void bondsFallingDueWhileTheTaskIsOpenComeBackAsANewTask() {
        when(bonds.standing(PROJECT_ID)).thenReturn(new Standing(Standing.State.DUE, LOSERS_BY));
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAtExactly(BidBondRefund.TASK_REFUND);
        fallDue();   // the winner signed meanwhile: nobody waits for the message, the check after the task sees it

        when(bonds.standing(PROJECT_ID)).thenReturn(new Standing(Standing.State.DUE, WINNER_BY));
        refund(instance, Set.of(1L));
        assertThat(instance).isWaitingAtExactly(BidBondRefund.TASK_REFUND);
        assertThat(task(BidBondRefund.TASK_REFUND, instance)).hasDueDate(Date.from(WINNER_BY));
    }
}
