package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractPublication;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code contractPublication} process of a signed contract: the purchaser's task, due by the deadline,
 * and the portal's publication in the period's last hour.
 */
@Component
class ContractPublicationProcess {

    private final RuntimeService runtime;

    ContractPublicationProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void start(String businessKey, Contract contract, Instant due, Instant publishedByPortalAt) {
        runtime.startProcessInstanceByKey(ContractPublication.ID, businessKey, Map.of(
                Vars.PROJECT_ID, contract.getProjectId(), Vars.PURCHASER_ID, contract.getPurchaserId(),
                Vars.CONTRACT_ID, contract.getId(), ContractPublication.VAR_PUBLICATION_DUE, Executions.date(due),
                ContractPublication.VAR_PUBLISHED_BY_PORTAL_AT, Executions.date(publishedByPortalAt)));
    }
}
