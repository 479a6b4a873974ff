package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_DrawInvitees}: an invited tender's suppliers are drawn at random from the eligible pool. */
@Component
class DrawInviteesDelegate implements JavaDelegate {

    private final InvitationService invitations;

    DrawInviteesDelegate(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.drawInvitees(Executions.projectId(execution));
    }
}
