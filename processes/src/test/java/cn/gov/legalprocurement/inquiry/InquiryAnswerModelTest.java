package cn.gov.legalprocurement.inquiry;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import cn.gov.legalprocurement.workflow.ProcessModel.InquiryAnswer;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inquiryAnswer model alone: answered in time, or overdue with the head called in and the answer ending both. */
@Deployment(resources = "bpmn/inquiryAnswer.bpmn")
class InquiryAnswerModelTest extends EngineOnlyModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = engineOnly();

    static final long PROJECT_ID = 42L;
    static final long INQUIRY_ID = 5L;
    static final Date ANSWER_DUE = Date.from(Instant.parse("2026-12-04T16:00:00Z"));

    final InquiryService inquiries = mock(InquiryService.class);

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(InquiryAnswer.ID, "P-2026-0042", withVariables(Vars.PROJECT_ID, PROJECT_ID,
                Vars.PURCHASER_ID, 3L, InquiryAnswer.VAR_INQUIRY_ID, INQUIRY_ID, InquiryAnswer.VAR_ANSWER_DUE, ANSWER_DUE));
    }

    @Test
    void anAnswerInTimeEndsTheInquiry() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAtExactly(InquiryAnswer.TASK_ANSWER);
        assertThat(task(InquiryAnswer.TASK_ANSWER, instance)).hasCandidateGroup(Role.PURCHASER.name()).hasDueDate(ANSWER_DUE);
        assertThat(job(InquiryAnswer.TIMER_OVERDUE, instance)).hasDueDate(ANSWER_DUE);

        completeWith(task(InquiryAnswer.TASK_ANSWER, instance), new AnswerInquiryHandler(inquiries),
                new AnswerInquiryHandler.Form("评分细则见采购文件第三章"));
        assertThat(instance).hasPassed(InquiryAnswer.END_ANSWERED).hasNotPassed(InquiryAnswer.TASK_ESCALATE).isEnded();
        verify(inquiries).answer(ACTOR, INQUIRY_ID, "评分细则见采购文件第三章");
    }

    @Test
    void anOverdueAnswerCallsInTheHeadAndTheLateAnswerEndsTheEscalation() {
        ProcessInstance instance = start();
        execute(job(InquiryAnswer.TIMER_OVERDUE, instance));
        assertThat(instance).isWaitingAt(InquiryAnswer.TASK_ANSWER, InquiryAnswer.TASK_ESCALATE);
        assertThat(task(InquiryAnswer.TASK_ESCALATE, instance)).hasCandidateGroup(Role.PURCHASER_HEAD.name());

        completeWith(task(InquiryAnswer.TASK_ANSWER, instance), new AnswerInquiryHandler(inquiries),
                new AnswerInquiryHandler.Form("已答复"));
        assertThat(instance).hasPassed(InquiryAnswer.END_ANSWERED).isEnded();
    }

    @Test
    void theHeadHandlesTheEscalationWhileTheAnswerIsStillAwaited() {
        ProcessInstance instance = start();
        execute(job(InquiryAnswer.TIMER_OVERDUE, instance));
        completeWith(task(InquiryAnswer.TASK_ESCALATE, instance), new EscalateInquiryHandler(inquiries),
                new EscalateInquiryHandler.Form("已督促经办人当日答复"));
        assertThat(instance).hasPassed(InquiryAnswer.END_ESCALATION_HANDLED).isWaitingAtExactly(InquiryAnswer.TASK_ANSWER);
        verify(inquiries).escalationHandled(ACTOR, INQUIRY_ID, "已督促经办人当日答复");
    }
}
