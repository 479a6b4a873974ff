package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.challenge.AnswerChallengeHandler;
import cn.gov.legalprocurement.challenge.Challenge;
import cn.gov.legalprocurement.challenge.Complaint;
import cn.gov.legalprocurement.challenge.ComplaintService;
import cn.gov.legalprocurement.challenge.DecideComplaintHandler;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.workflow.ProcessModel.ComplaintHandling;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractSigning;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rules {@code complaint-period-working-days}, {@code complaint-decision-working-days} and
 * {@code complaint-suspension-max-days}: a challenger not satisfied with the answer complains to the finance
 * department (财政部令第94号); finance suspends the procurement (no task of it can be completed, no timer fires)
 * and it resumes when the suspension ends or the decision comes; a decision that voids the result sends the
 * procurement back to tendering, as an upheld challenge does; every decision is published.
 */
class ComplaintTest extends ProcessTestSupport {

    @Autowired
    ComplaintService complaints;
    @Autowired
    PublicationService publication;

    /** An open tender whose award provider 2 challenged, the purchaser rejected the challenge, and the window closed. */
    Challenge challengedAndRejected(Unit unit, ProcurementProject[] project) {
        ProcurementProject p = awardOpenTender(unit);
        Challenge challenge = challenges.file(fixtures.actor("provider2"), p.getId(), "中标人拟派团队人数不满足采购文件要求");
        complete(unit.purchaser(), p, Tendering.TASK_ANSWER_CHALLENGE,
                new AnswerChallengeHandler.Form(Challenge.Status.REJECTED, "经核查，中标人团队人数满足要求"));
        passDate(p, Tendering.ID, Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        assertThat(instance(p, ContractSigning.ID)).isWaitingAtExactly(ContractSigning.TASK_PREPARE);
        project[0] = reload(p);
        return challenge;
    }

    boolean anySuspended(ProcurementProject p) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.getCode()).suspended().count() > 0;
    }

    @Test
    void financeSuspendsTheProcurementWhileItDecidesAndItResumesWhenTheSuspensionEnds() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject[] holder = new ProcurementProject[1];
        Challenge challenge = challengedAndRejected(unit, holder);
        ProcurementProject p = holder[0];

        assertThatThrownBy(() -> complaints.file(fixtures.actor("provider3"), challenge.getId(), "我也不服"))
                .as("only the challenger complains").isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.code()).isEqualTo("error.complaint.not-challenger"));
        Complaint complaint = complaints.file(fixtures.actor("provider2"), challenge.getId(), "采购人的答复未回应团队人数问题");
        assertThat(task("finance", p, ComplaintHandling.TASK_DECIDE).due()).as("decided within 30 working days")
                .isEqualTo(deadlines.workingDaysEnd(complaint.getFiledAt(), 30));
        assertThatThrownBy(() -> complaints.file(fixtures.actor("provider2"), challenge.getId(), "再次投诉"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.complaint.already-filed"));

        // at most 30 days
        assertThatThrownBy(() -> complaints.suspend(fixtures.actor("finance"), complaint.getId(), 31))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("days"));
        assertThat(anySuspended(p)).as("a refused suspension suspends nothing").isFalse();
        complaints.suspend(fixtures.actor("finance"), complaint.getId(), 10);
        assertThat(anySuspended(p)).isTrue();
        assertThatThrownBy(() -> signContract(unit, p, "provider1")).as("no task of a suspended procurement is completed")
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.task.suspended"));

        later(Duration.ofDays(10).plusMinutes(1));
        fireDueTimers();
        assertThat(anySuspended(p)).as("the suspension's term ended").isFalse();
        assertThat(complaints.complaint(complaint.getId()).getResumedAt()).isNotNull();
        assertThat(task("finance", p, ComplaintHandling.TASK_DECIDE)).as("the decision is still due").isNotNull();

        signContract(unit, p, "provider1");
        assertThatThrownBy(() -> complete("finance", p, ComplaintHandling.TASK_DECIDE,
                new DecideComplaintHandler.Form(Complaint.Status.UPHELD_RESULT_VOID, "中标结果无效")))
                .as("a signed contract is not voided here").isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.code()).isEqualTo("error.complaint.contract-signed"));
        complete("finance", p, ComplaintHandling.TASK_DECIDE,
                new DecideComplaintHandler.Form(Complaint.Status.DISMISSED, "经调查，中标人拟派团队满足采购文件要求"));
        assertThat(complaints.complaint(complaint.getId()).getStatus()).isEqualTo(Complaint.Status.DISMISSED);
        assertThat(publication.ofProject(p.getId())).anySatisfy(a -> {
            assertThat(a.getKind()).isEqualTo(Announcement.Kind.COMPLAINT_DECISION);
            assertThat(a.getBody()).contains("驳回投诉", fixtures.providers.get(1).getName());
        });
        assertThat(contracts.ofProject(p.getId()).getStatus()).isNotEqualTo(Contract.Status.WITHDRAWN);
    }

    @Test
    void aComplaintThatVoidsTheResultSendsTheProcurementBackToTendering() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject[] holder = new ProcurementProject[1];
        Challenge challenge = challengedAndRejected(unit, holder);
        ProcurementProject p = holder[0];
        Complaint complaint = complaints.file(fixtures.actor("provider2"), challenge.getId(), "评审委员会未按采购文件规定的标准评审");
        complaints.suspend(fixtures.actor("finance"), complaint.getId(), 30);

        complete("finance", p, ComplaintHandling.TASK_DECIDE,
                new DecideComplaintHandler.Form(Complaint.Status.UPHELD_RESULT_VOID, "评审未按采购文件规定的标准进行，中标结果无效"));

        assertThat(anySuspended(p)).as("the decision ends the suspension").isFalse();
        assertThat(awards.currentAward(p.getId())).as("the award is void").isEmpty();
        assertThat(contracts.ofProject(p.getId()).getStatus()).as("the unsigned draft is withdrawn").isEqualTo(Contract.Status.WITHDRAWN);
        assertThat(instance(p, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_PREPARE_DOCUMENTS);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.TENDERING);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.getCode())
                .processDefinitionKey(ContractSigning.ID).count()).as("the contract stage is left").isZero();
    }

    /** Rule {@code complaint-period-working-days}: 15 working days after the challenge's answer period, no later. */
    @Test
    void aComplaintAfterTheComplaintPeriodIsRefused() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject[] holder = new ProcurementProject[1];
        Challenge challenge = challengedAndRejected(unit, holder);
        at(complaints.complainableUntil(challenge).plusSeconds(60));
        assertThatThrownBy(() -> complaints.file(fixtures.actor("provider2"), challenge.getId(), "逾期投诉"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.complaint.window-closed"));
        assertThat(complaints.ofProject(holder[0].getId())).isEmpty();
        assertThat(complaints.complainableUntil(challenge)).isEqualTo(deadlines.workingDaysEnd(
                deadlines.workingDaysEnd(challenge.getFiledAt(), 7), 15));
    }
}
