package cn.gov.legalprocurement.method;

import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the DMN's decision (mapped to method, methodReason, ...) on the project. */
@Component
class RecordMethodDelegate implements JavaDelegate {

    private final MethodService methods;

    RecordMethodDelegate(MethodService methods) {
        this.methods = methods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcurementMethod method = ProcurementMethod.valueOf((String) execution.getVariable("method"));
        methods.record(((Number) execution.getVariable(Vars.PROJECT_ID)).longValue(), method,
                (String) execution.getVariable("methodReason"));
    }
}
