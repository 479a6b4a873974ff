package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.project.CallOffRule;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.Executions;
import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_PrepareTenderDocuments}: the purchaser sets the price weight, the technical criteria and the bid deadline of a new round. */
@Component
public class PrepareTenderDocumentsHandler extends FormHandler<PrepareTenderDocumentsHandler.Form> {

    /**
     * Bid deadline in Beijing time, as the purchaser enters it; the bid bond each bidder lodges, none when empty or
     * zero; a framework agreement states its call-off rule; whether the project is reserved for SMEs, and why not
     * where the law would reserve it. One constructor only: the form binds the record through it.
     */
    public record Form(@NotNull @Min(0) @Max(100) Integer priceWeight,
                       @NotBlank @Size(max = 2000) String technicalCriteria, BigDecimal bidBond,
                       @NotNull LocalDateTime bidDeadline, CallOffRule callOffRule, Boolean smeReserved,
                       @Size(max = TenderDocumentsService.SME_WAIVER_MAX) String smeWaiver) {
    }

    private final TenderDocumentsService documents;

    PrepareTenderDocumentsHandler(TenderDocumentsService documents) {
        super(Tendering.TASK_PREPARE_DOCUMENTS, Form.class);
        this.documents = documents;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        TenderDocumentsService.Round round = documents.prepareDocuments(context.actor(), context.projectId(),
                new TenderDocumentsService.Documents(form.priceWeight(), form.technicalCriteria(), form.bidBond(),
                        form.bidDeadline().atZone(PortalClock.ZONE).toInstant(), form.callOffRule(), form.smeReserved(),
                        form.smeWaiver()));
        return Map.of(Tendering.VAR_BID_DEADLINE, Executions.date(round.bidDeadline()),
                Tendering.VAR_DECRYPTION_WINDOW_ENDS, Executions.date(round.decryptionWindowEnds()),
                Tendering.VAR_TENDER_ROUND, round.number(), Tendering.VAR_FINAL_QUOTATIONS, false);
    }
}
