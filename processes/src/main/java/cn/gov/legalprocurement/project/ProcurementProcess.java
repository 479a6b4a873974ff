package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.workflow.ProcessModel.Procurement;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The {@code procurement} process as the project service sees it: one instance per project, keyed by its code. */
@Component
class ProcurementProcess {

    private final RuntimeService runtime;

    ProcurementProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the project's procurement; returns the process instance id. */
    String start(ProcurementProject project, String applicant) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.PROJECT_ID, project.getId());
        variables.put(Vars.PURCHASER_ID, project.getPurchaserId());
        variables.put(Vars.APPLICANT, applicant);
        variables.put(Vars.JURISDICTION, project.getJurisdictionCode());
        return runtime.startProcessInstanceByKey(Procurement.ID, project.getCode(), variables).getId();
    }
}
