package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.workflow.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_PublishProcurementNotice}: the tender documents are ready: the procurement notice is rendered and published with the bid deadline. */
@Component
class PublishProcurementNoticeDelegate implements JavaDelegate {

    private final TenderDocumentsService documents;

    PublishProcurementNoticeDelegate(TenderDocumentsService documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.publishNotice(Executions.projectId(execution));
    }
}
