package cn.gov.legalprocurement.method;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.MethodSelection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_PrepareMethodFacts}: puts the DMN's inputs into the method sub-process. */
@Component
class PrepareMethodFactsDelegate implements JavaDelegate {

    private final MethodService methods;

    PrepareMethodFactsDelegate(MethodService methods) {
        this.methods = methods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MethodService.DecisionFacts facts = methods.decisionFacts(Executions.projectId(execution));
        execution.setVariable(MethodSelection.VAR_AMOUNT_FEN, facts.amountFen());
        execution.setVariable(MethodSelection.VAR_THRESHOLD_FEN, facts.thresholdFen());
        execution.setVariable(MethodSelection.VAR_FLOOR_FEN, facts.floorFen());
        execution.setVariable(MethodSelection.VAR_SOLE_SUPPLIER, facts.soleSupplier());
        execution.setVariable(MethodSelection.VAR_FAILED_TENDERS, facts.failedTenders());
        execution.setVariable(MethodSelection.VAR_URGENT, facts.urgent());
        execution.setVariable(MethodSelection.VAR_LIMITED_SUPPLIERS, facts.limitedSuppliers());
        execution.setVariable(MethodSelection.VAR_FRAMEWORK_SUITABLE, facts.frameworkSuitable());
        execution.setVariable(MethodSelection.VAR_ADD_ON, facts.addOn());
        execution.setVariable(MethodSelection.VAR_CALL_OFF, facts.callOff());
    }
}
