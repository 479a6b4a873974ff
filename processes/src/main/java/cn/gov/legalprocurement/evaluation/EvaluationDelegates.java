package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of evaluation. */
@Configuration
class EvaluationDelegates {

    @Bean
    JavaDelegate drawCommitteeDelegate(EvaluationService evaluation) {
        return execution -> evaluation.drawCommittee(Executions.projectId(execution));
    }

    @Bean
    JavaDelegate rankBidsDelegate(EvaluationService evaluation) {
        return execution -> evaluation.rank(Executions.projectId(execution));
    }

    @Bean
    JavaDelegate reopenEvaluationDelegate(EvaluationService evaluation) {
        return execution -> evaluation.reopen(Executions.projectId(execution),
                String.valueOf(execution.getVariable("challengeAnswer")));
    }
}
