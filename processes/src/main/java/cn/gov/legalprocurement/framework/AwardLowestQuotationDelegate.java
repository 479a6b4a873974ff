package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.tender.AwardService;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_AwardLowestQuotation}: the decryption window has closed: the lowest quotation within its
 * supplier's agreement price wins the call-off and the signing clock starts; none valid, the purchaser decides again.
 */
@Component
class AwardLowestQuotationDelegate implements JavaDelegate {

    private final CallOffQuotationService quotations;

    AwardLowestQuotationDelegate(CallOffQuotationService quotations) {
        this.quotations = quotations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<AwardService.Awarded> awarded = quotations.awardLowest(Executions.projectId(execution));
        execution.setVariable(Tendering.VAR_CALL_OFF_ACCEPTED, awarded.isPresent());
        awarded.ifPresent(a -> {
            execution.setVariable(Vars.AWARD_ID, a.award().getId());
            execution.setVariable(Tendering.VAR_SIGNING_DEADLINE, Executions.date(a.signing().deadline()));
            execution.setVariable(Tendering.VAR_SIGNING_ESCALATION_AT, Executions.date(a.signing().escalationAt()));
        });
    }
}
