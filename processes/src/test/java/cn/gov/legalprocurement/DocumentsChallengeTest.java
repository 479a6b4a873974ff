package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.challenge.AnswerDocumentsChallengeHandler;
import cn.gov.legalprocurement.challenge.Challenge;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.records.ProcurementTrail;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code challenge-period-working-days} for the documents (财政部令第94号 arts. 10–11): a supplier who obtained the
 * documents challenges them within 7 working days of the end of their sale period, before the deadline; the purchaser
 * answers every open one in one task while the bid period runs on; the trail does not name the challenger before the
 * opening.
 */
class DocumentsChallengeTest extends ProcessTestSupport {

    @Autowired
    ProcurementTrail trail;

    @Test
    void aChallengeOfTheDocumentsIsAnsweredWhileTheBidPeriodRunsOn() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        later(Duration.ofDays(3));

        Challenge first = challenges.fileAgainstDocuments(fixtures.actor("provider2"), p.getId(), "评分标准要求本地办公场所，排斥外地供应商");
        Challenge second = challenges.fileAgainstDocuments(fixtures.actor("provider3"), p.getId(), "服务期限与预算不匹配");

        assertThat(first.getSubject()).isEqualTo(Challenge.Subject.DOCUMENTS);
        List<WorkTask> answers = tasks.openTasksOfProject(p.getCode()).stream()
                .filter(t -> t.taskKey().equals(Tendering.TASK_ANSWER_DOCUMENTS_CHALLENGE)).toList();
        assertThat(answers).as("one answer covers both").hasSize(1);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_BID_PERIOD, Tendering.TASK_ANSWER_DOCUMENTS_CHALLENGE);
        // the challengers are potential bidders: the project's trail names neither before the opening
        assertThat(trail.of(p.getId(), null)).noneMatch(e -> e.getActor().startsWith("provider"));

        complete(unit.purchaser(), p, Tendering.TASK_ANSWER_DOCUMENTS_CHALLENGE, new AnswerDocumentsChallengeHandler.Form(
                Challenge.Status.UPHELD_AMEND, "删除本地办公场所要求，另行发布澄清公告"));
        assertThat(challenges.ofProject(p.getId())).extracting(Challenge::getStatus)
                .containsOnly(Challenge.Status.UPHELD_AMEND);
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_BID_PERIOD);
        assertThat(challenges.mine(fixtures.actor("provider2"))).singleElement()
                .satisfies(c -> assertThat(c.getAnswer()).contains("删除本地办公场所要求"));
    }

    @Test
    void theDocumentsCannotBeChallengedAfterTheirPeriodNorByAnyoneButASupplier() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        Instant until = challenges.documentsChallengeableUntil(p.getId()).orElseThrow();
        // the documents are on sale for 5 working days; 7 more follow for a challenge, all before the 20-day deadline
        assertThat(until).isBefore(p.getBidDeadline()).isAfter(now().plus(Duration.ofDays(14)));
        assertThatThrownBy(() -> challenges.fileAgainstDocuments(fixtures.actor(unit.purchaser()), p.getId(), "x"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.role"));

        at(until.plusSeconds(60));
        assertThatThrownBy(() -> challenges.fileAgainstDocuments(fixtures.actor("provider2"), p.getId(), "评分标准不合理"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.challenge.documents-closed"));
        assertThat(challenges.ofProject(p.getId())).isEmpty();
        assertThat(tasks.openTasksOfProject(p.getCode())).noneMatch(t -> t.taskKey().equals(Tendering.TASK_ANSWER_DOCUMENTS_CHALLENGE));
    }
}
