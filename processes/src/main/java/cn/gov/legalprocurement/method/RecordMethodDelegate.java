package cn.gov.legalprocurement.method;

import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.MethodSelection;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_RecordMethod}: records the DMN's decision (method and its legal basis) on the project. */
@Component
class RecordMethodDelegate implements JavaDelegate {

    private final MethodService methods;

    RecordMethodDelegate(MethodService methods) {
        this.methods = methods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        methods.record(Executions.projectId(execution),
                ProcurementMethod.valueOf(Executions.stringVariable(execution, Vars.METHOD)),
                Executions.stringVariable(execution, MethodSelection.VAR_METHOD_REASON));
    }
}
