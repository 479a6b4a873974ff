package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ContractDelegates {

    @Bean
    JavaDelegate draftContractDelegate(ContractService contracts) {
        return execution -> execution.setVariable(Vars.CONTRACT_ID, contracts.draft(Executions.projectId(execution),
                Executions.longVariable(execution, "awardId")).getId());
    }

    @Bean
    JavaDelegate publishContractDelegate(ContractService contracts) {
        return execution -> contracts.publish(Executions.longVariable(execution, Vars.CONTRACT_ID));
    }
}
