package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.contract.Signature;
import cn.gov.legalprocurement.project.ApplicationDecision;
import cn.gov.legalprocurement.project.ApproveApplicationHandler;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.BidEnvelope;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The services check role and organisation themselves, whatever a UI would have shown. */
class AccessControlTest extends ProcessTestSupport {

    @Test
    void anotherUnitsHeadNeitherSeesNorCompletesTheApproval() {
        Unit unit = fixtures.newUnit("1000000");
        Unit other = fixtures.newUnit("1000000");
        ProcurementProject p = apply(unit, fixtures.villageAdviser, "12");
        WorkTask approval = task(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE);

        assertThat(findTask(other.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE)).isEmpty();
        assertThatThrownBy(() -> tasks.complete(fixtures.actor(other.head()), approval.id(),
                new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, null)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> tasks.complete(fixtures.actor(unit.purchaser()), approval.id(),
                new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, null)))
                .isInstanceOf(PortalException.class);
        assertThat(findTask(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE)).isPresent();
    }

    @Test
    void aTaskClaimedBySomeoneElseCannotBeCompleted() {
        Unit unit = fixtures.newUnit("1000000");
        ProcurementProject p = apply(unit, fixtures.villageAdviser, "12");
        WorkTask approval = task(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE);
        String colleague = "head2-" + unit.id();
        fixtures.user(colleague, unit.id(), cn.gov.legalprocurement.shared.Role.PURCHASER_HEAD);
        tasks.claim(fixtures.actor(colleague), approval.id());

        assertThatThrownBy(() -> tasks.complete(fixtures.actor(unit.head()), approval.id(),
                new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, null)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.task.claimed"));
        tasks.complete(fixtures.actor(colleague), approval.id(), new ApproveApplicationHandler.Form(ApplicationDecision.APPROVE, null));
        assertThat(findTask(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE)).isEmpty();
    }

    @Test
    void aReturnNeedsAReasonAndAWrongFormChangesNothing() {
        Unit unit = fixtures.newUnit("1000000");
        ProcurementProject p = apply(unit, fixtures.villageAdviser, "12");
        WorkTask approval = task(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE);

        assertThatThrownBy(() -> tasks.complete(fixtures.actor(unit.head()), approval.id(),
                new ApproveApplicationHandler.Form(ApplicationDecision.RETURN, " ")))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.getMessage()).isEqualTo("意见：退回或不同意时必须填写意见");
                });
        assertThatThrownBy(() -> tasks.complete(fixtures.actor(unit.head()), approval.id(), new Signature(true)))
                .isInstanceOf(PortalException.class).hasMessageContaining("ApproveApplicationHandler.Form");
        assertThatThrownBy(() -> tasks.complete(fixtures.actor(unit.head()), approval.id(),
                new ApproveApplicationHandler.Form(null, null)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("decision"));
        assertThat(task(unit.head(), p, ProcessModel.ProjectApplication.TASK_APPROVE).id()).isEqualTo(approval.id());
    }

    @Test
    void onlyTheWinningProviderSignsAndOnlyMembersScore() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = awardOpenTender(unit);
        passDate(p, ProcessModel.Tendering.ID, ProcessModel.Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        complete(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE, contractForm("按约定承担违约责任"));

        assertThat(findTask("provider2", p, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER)).isEmpty();
        WorkTask sign = task("provider1", p, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER);
        assertThatThrownBy(() -> tasks.complete(fixtures.actor("provider2"), sign.id(), new Signature(true)))
                .isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> tasks.complete(fixtures.actor("provider1"), sign.id(), new Signature(false)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("agreed"));
        assertThat(contracts.ofProject(p.getId()).getProviderSignedAt()).isNull();
        assertThatThrownBy(() -> bidding.submitBid(fixtures.actor(unit.purchaser()), p.getId(),
                BidEnvelope.seal(new BidEnvelope.Plain("10", "x", List.of()),
                        BidEnvelope.newKey())))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.FORBIDDEN));
    }
}
