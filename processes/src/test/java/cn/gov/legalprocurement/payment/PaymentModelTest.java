package cn.gov.legalprocurement.payment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.Payment;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The payment model alone, on the in-memory engine, with its delegate mocked at the service. */
@Deployment(resources = "bpmn/payment.bpmn")
class PaymentModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long CONTRACT_ID = 77L;

    final PaymentService payments = mock(PaymentService.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("prepareInstalmentDelegate", new PrepareInstalmentDelegate(payments));
    }

    static cn.gov.legalprocurement.payment.Payment payment(long id, LocalDate dueDate) {
        cn.gov.legalprocurement.payment.Payment payment = mock(cn.gov.legalprocurement.payment.Payment.class);
        when(payment.getId()).thenReturn(id);
        when(payment.getDueDate()).thenReturn(dueDate);
        return payment;
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(Payment.ID, "P-2026-0042",
                withVariables(Vars.PROJECT_ID, 42L, Vars.CONTRACT_ID, CONTRACT_ID));
    }

    /** Approves and releases the prepared instalment; the release task is due the day after the payment's due date. */
    void pay(ProcessInstance instance, long paymentId, LocalDate dueDate, boolean moreInstalments) {
        assertThat(instance).isWaitingAt(Payment.TASK_APPROVE).variables().containsEntry(Payment.VAR_PAYMENT_ID, paymentId);
        completeWith(task(Payment.TASK_APPROVE, instance), new ApprovePaymentHandler(payments),
                new ApprovePaymentHandler.Form(true, null));
        verify(payments).approve(ACTOR, paymentId, true, null);
        assertThat(instance).isWaitingAt(Payment.TASK_RELEASE);
        assertThat(task(Payment.TASK_RELEASE, instance))
                .hasDueDate(Date.from(PortalClock.startOfDay(dueDate.plusDays(1))));
        when(payments.release(ACTOR, paymentId, "ZF-" + paymentId)).thenReturn(new PaymentService.Released(null, moreInstalments));
        completeWith(task(Payment.TASK_RELEASE, instance), new ReleasePaymentHandler(payments),
                new ReleasePaymentHandler.Form("ZF-" + paymentId));
    }

    @Test
    void singleInstalmentIsApprovedReleasedAndPaidInFull() {
        LocalDate due = LocalDate.of(2027, 5, 10);
        var only = payment(501L, due);
        when(payments.prepareNext(CONTRACT_ID)).thenReturn(only);

        ProcessInstance instance = start();
        pay(instance, 501L, due, false);

        assertThat(instance).hasPassedInOrder(Payment.SERVICE_PREPARE_INSTALMENT, Payment.TASK_APPROVE,
                Payment.TASK_RELEASE, Payment.END_PAID_IN_FULL).isEnded();
        verify(payments, times(1)).prepareNext(CONTRACT_ID);
    }

    @Test
    void moreInstalmentsArePreparedAndPaidOneAfterAnother() {
        LocalDate firstDue = LocalDate.of(2027, 2, 10);
        LocalDate secondDue = LocalDate.of(2027, 5, 10);
        var first = payment(501L, firstDue);
        var second = payment(502L, secondDue);
        when(payments.prepareNext(CONTRACT_ID)).thenReturn(first, second);

        ProcessInstance instance = start();
        pay(instance, 501L, firstDue, true);

        assertThat(instance).hasNotPassed(Payment.END_PAID_IN_FULL);
        pay(instance, 502L, secondDue, false);

        assertThat(instance).hasPassed(Payment.END_PAID_IN_FULL).isEnded();
        verify(payments, times(2)).prepareNext(CONTRACT_ID);
    }
}
