package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the {@code contractFiling} process of a signed contract: the purchaser's filing task, due by the deadline. */
@Component
class ContractFilingProcess {

    private final RuntimeService runtime;

    ContractFilingProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void start(String businessKey, Contract contract, Instant due) {
        runtime.startProcessInstanceByKey(ProcessModel.ContractFiling.ID, businessKey, Map.of(
                Vars.PROJECT_ID, contract.getProjectId(), Vars.PURCHASER_ID, contract.getPurchaserId(),
                Vars.CONTRACT_ID, contract.getId(), ProcessModel.ContractFiling.VAR_FILING_DUE, Executions.date(due)));
    }
}
