package cn.gov.legalprocurement.inquiry;

import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code inquiry} process of one inquiry. Its variables name the project, the purchasing unit
 * (whose purchasers answer) and the inquiry, never the supplier who asked.
 */
@Component
class InquiryProcess {

    private final RuntimeService runtime;

    InquiryProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void start(ProcurementProject project, Inquiry inquiry) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.PROJECT_ID, project.getId());
        variables.put(Vars.PURCHASER_ID, project.getPurchaserId());
        variables.put(Vars.JURISDICTION, project.getJurisdictionCode());
        variables.put(ProcessModel.InquiryAnswer.VAR_INQUIRY_ID, inquiry.getId());
        variables.put(ProcessModel.InquiryAnswer.VAR_ANSWER_DUE, Date.from(inquiry.getAnswerDue()));
        runtime.startProcessInstanceByKey(ProcessModel.InquiryAnswer.ID, project.getCode(), variables);
    }
}
