package cn.gov.legalprocurement.method;

import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the DMN inputs into the process (local to the method sub-process). */
@Component
class PrepareMethodFactsDelegate implements JavaDelegate {

    private final MethodService methods;

    PrepareMethodFactsDelegate(MethodService methods) {
        this.methods = methods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(methods.decisionFacts(((Number) execution.getVariable(Vars.PROJECT_ID)).longValue()));
    }
}
