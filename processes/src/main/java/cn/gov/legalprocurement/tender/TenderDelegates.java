package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of tendering; each bean name is the model's delegate expression. */
@Configuration
class TenderDelegates {

    @Bean
    JavaDelegate publishProcurementNoticeDelegate(TenderService tender) {
        return execution -> tender.publishNotice(Executions.projectId(execution));
    }

    @Bean
    JavaDelegate declareTenderFailedDelegate(TenderService tender) {
        return execution -> tender.declareFailed(Executions.projectId(execution));
    }

    @Bean
    JavaDelegate publishSingleSourceNoticeDelegate(TenderService tender) {
        return execution -> execution.setVariable("singleSourceNoticeEnds",
                Executions.date(tender.publishSingleSourceNotice(Executions.projectId(execution))));
    }

    @Bean
    JavaDelegate publishAwardDelegate(TenderService tender) {
        return execution -> execution.setVariables(tender.publishAward(Executions.projectId(execution),
                Executions.longVariable(execution, "awardId")));
    }
}
