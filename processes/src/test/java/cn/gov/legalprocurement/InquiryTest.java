package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.inquiry.AnswerInquiryHandler;
import cn.gov.legalprocurement.inquiry.EscalateInquiryHandler;
import cn.gov.legalprocurement.inquiry.Inquiry;
import cn.gov.legalprocurement.inquiry.InquiryService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.workflow.ProcessModel.InquiryAnswer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code inquiry-answer-working-days} (实施条例 52): a supplier's inquiry is answered within 3 working
 * days; an overdue answer calls in the head; the answer reaches the supplier who asked, and the purchaser
 * never learns from the portal who that was (87号令 14: potential bidders stay undisclosed).
 */
class InquiryTest extends ProcessTestSupport {

    @Autowired
    InquiryService inquiries;

    @Test
    void anInquiryIsAnsweredToTheAskerAndAnOverdueAnswerCallsInTheHead() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        long asker = fixtures.providers.get(1).getId();
        Inquiry inquiry = inquiries.ask(fixtures.actor("provider2"), p.getId(), "评分办法中“同类业绩”是否包括法律援助以外的诉讼代理？");
        // Tuesday 1 December + 3 working days: due at the end of Friday 4 December
        assertThat(inquiry.getAnswerDue()).isEqualTo(PortalClock.startOfDay(LocalDate.of(2026, 12, 5)));

        // the purchaser's task carries the question, not the asker
        assertThat(task(unit.purchaser(), p, InquiryAnswer.TASK_ANSWER).due()).isEqualTo(inquiry.getAnswerDue());
        Map<String, Object> variables = runtime.getVariables(instance(p, InquiryAnswer.ID).getId());
        assertThat(variables).doesNotContainKey("providerId").doesNotContainValue(asker);
        assertThat(findTask(unit.head(), p, InquiryAnswer.TASK_ESCALATE)).isEmpty();

        at(inquiry.getAnswerDue().plus(Duration.ofMinutes(1)));
        assertThat(fireDueTimers()).isPositive();
        complete(unit.head(), p, InquiryAnswer.TASK_ESCALATE, new EscalateInquiryHandler.Form("已督促经办人当日答复"));

        assertThatThrownBy(() -> complete(unit.purchaser(), p, InquiryAnswer.TASK_ANSWER, new AnswerInquiryHandler.Form(" ")))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("answer"));
        complete(unit.purchaser(), p, InquiryAnswer.TASK_ANSWER, new AnswerInquiryHandler.Form("包括，须提供判决书或调解书。"));
        assertThat(instance(p, InquiryAnswer.ID)).isNull();

        assertThat(inquiries.mine(fixtures.actor("provider2"))).filteredOn(i -> i.getId().equals(inquiry.getId())).singleElement()
                .satisfies(i -> {
                    assertThat(i.getAnswer()).isEqualTo("包括，须提供判决书或调解书。");
                    assertThat(i.isLate(now())).isTrue();
                });
        assertThat(inquiries.mine(fixtures.actor("provider3"))).noneMatch(i -> i.getId().equals(inquiry.getId()));
    }

    @Test
    void anInquiryAnsweredInTimeEndsWithoutTheHeadAndAQuestionMustBeAskedWhileTheProcurementIsOpen() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject applied = apply(unit, fixtures.legalAidCase, "700");
        assertThatThrownBy(() -> inquiries.ask(fixtures.actor("provider2"), applied.getId(), "何时发布公告？"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.inquiry.not-open"));

        ProcurementProject p = publishTender(unit, approveAndCommit(unit, applied), 30);
        assertThatThrownBy(() -> inquiries.ask(fixtures.actor("provider2"), p.getId(), "  "))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("question"));
        assertThatThrownBy(() -> inquiries.ask(fixtures.actor(unit.purchaser()), p.getId(), "问题"))
                .isInstanceOf(PortalException.class);

        Inquiry inquiry = inquiries.ask(fixtures.actor("provider3"), p.getId(), "服务期是否可以顺延？");
        complete(unit.purchaser(), p, InquiryAnswer.TASK_ANSWER, new AnswerInquiryHandler.Form("不可顺延，以采购文件为准。"));
        assertThat(inquiries.mine(fixtures.actor("provider3"))).filteredOn(i -> i.getId().equals(inquiry.getId())).singleElement()
                .satisfies(i -> assertThat(i.isLate(now())).isFalse());
        assertThat(inquiries.question(fixtures.actor(unit.head()), inquiry.getId()).answered()).isTrue();
        assertThatThrownBy(() -> inquiries.question(fixtures.actor("provider3"), inquiry.getId())).isInstanceOf(PortalException.class);
        assertThat(history(p, InquiryAnswer.ID).getEndActivityId()).isEqualTo(InquiryAnswer.END_ANSWERED);
        at(inquiry.getAnswerDue().plus(Duration.ofMinutes(1)));
        fireDueTimers();
        assertThat(findTask(unit.head(), p, InquiryAnswer.TASK_ESCALATE)).isEmpty();
    }
}
