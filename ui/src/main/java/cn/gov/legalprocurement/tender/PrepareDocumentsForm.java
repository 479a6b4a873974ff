package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.intention.PurchaseIntentionService;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.project.CallOffRule;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The purchaser sets the evaluation weights and the bid deadline; the notice is published on completion.
 * The earliest statutory deadline is shown and proposed.
 */
@TaskFormFor("tender-prepare-documents")
class PrepareDocumentsForm extends TaskForm<PrepareTenderDocumentsHandler.Form> {

    private final ProjectSummaries summaries;
    private final TenderDocumentsService tenderDocuments;
    private final ProjectService projects;

    private final PurchaseIntentionService intentions;

    PrepareDocumentsForm(ProjectSummaries summaries, TenderDocumentsService tenderDocuments, ProjectService projects,
                         PurchaseIntentionService intentions) {
        super(PrepareTenderDocumentsHandler.Form.class);
        this.intentions = intentions;
        this.summaries = summaries;
        this.tenderDocuments = tenderDocuments;
        this.projects = projects;
    }

    @Override
    public void load(TaskPage page) {
        Instant earliest = tenderDocuments.earliestBidDeadline(page.projectId());
        Paragraph hint = new Paragraph(getTranslation("tender.earliest-deadline", Formats.dateTime(earliest)));
        hint.setId("earliest-deadline");
        add(summaries.facts(page.projectId()), hint);
        // 财库〔2020〕10号: the first round's notice waits until the intention has been public long enough
        ProcurementProject project = projects.project(page.projectId());
        if (project.getTenderRound() == 0 && PurchaseIntentionService.needsIntention(project)) {
            Paragraph intention = new Paragraph(intentions.procurementStartsFrom(project)
                    .map(from -> getTranslation("tender.intention-from", Formats.dateTime(from)))
                    .orElseGet(() -> getTranslation("tender.intention-missing")));
            intention.setId("intention-status");
            add(intention);
        }
        integer("priceWeight").setValue(30);
        DateTimePicker deadline = new DeadlinePicker(label("bidDeadline"), tenderDocuments, page.projectId());
        deadline.setValue(LocalDateTime.ofInstant(tenderDocuments.proposedBidDeadline(page.projectId()), PortalClock.ZONE));
        binder.forField(deadline).bind("bidDeadline");
        fields.add(field("bidDeadline", deadline));
        textArea("technicalCriteria");
        // a bid bond is optional; where the method has responses, at most bid-bond-max-percent of the budget
        TenderDocumentsService.BondCeiling ceiling = tenderDocuments.bidBondCeiling(page.projectId());
        BigDecimalField bond = decimal("bidBond");
        bond.setValue(BigDecimal.ZERO);
        bond.setHelperText(getTranslation("bond.ceiling", ceiling.percent().stripTrailingZeros().toPlainString(),
                Formats.money(ceiling.amount())));
        // a framework agreement's documents say how stage two decides each call-off's supplier (110号令)
        RadioButtonGroup<CallOffRule> rule = choice("callOffRule", List.of(CallOffRule.values()), "call-off-rule");
        boolean framework = projects.project(page.projectId()).getMethod() == ProcurementMethod.FRAMEWORK_AGREEMENT;
        rule.setVisible(framework);
        if (framework) {
            rule.setValue(CallOffRule.DIRECT_CHOICE);
            rule.setHelperText(getTranslation("call-off-rule.help"));
        }
        // 财库〔2020〕46号: up to the limit a project is reserved for SMEs unless the documents say why not
        TenderDocumentsService.SmeReservation sme = tenderDocuments.smeReservation(page.projectId());
        Checkbox reserved = new Checkbox(label("smeReserved"));
        reserved.setValue(sme.applies());
        reserved.setVisible(sme.reservable());
        binder.forField(reserved).bind("smeReserved");
        fields.add(field("smeReserved", reserved), 2);
        TextArea waiver = textArea("smeWaiver");
        waiver.setMaxLength(TenderDocumentsService.SME_WAIVER_MAX);
        waiver.setHelperText(getTranslation("tender.sme-waiver-help", Formats.money(sme.limit())));
        waiver.setVisible(sme.applies() && !reserved.getValue());
        reserved.addValueChangeListener(e -> waiver.setVisible(sme.applies() && !e.getValue()));
        add(fields);
    }
}
