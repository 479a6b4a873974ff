package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.DeadlinePicker;
import cn.gov.legalprocurement.tender.TenderDocumentsService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The panel's chair records a round of the negotiation (consultation): the minutes, a change to the documents
 * (the suppliers still in it are told), who leaves for not meeting the requirements, and what follows: another
 * round, or the final quotations by a deadline.
 */
@TaskFormFor("tender-negotiate-round")
class NegotiateRoundForm extends TaskForm<NegotiateRoundHandler.Form> {

    private static final int MAX_TEXT = 4000;
    private static final int MAX_REASON = 450;

    private final NegotiationService negotiation;
    private final ProjectService projects;
    private final OrganisationService organisations;
    private final TenderDocumentsService tenderDocuments;
    private final TextArea minutes = new TextArea();
    private final TextArea documentsChange = new TextArea();
    private final Map<Long, Checkbox> eliminate = new LinkedHashMap<>();
    private final Map<Long, TextField> reasons = new LinkedHashMap<>();
    private final RadioButtonGroup<Boolean> next = new RadioButtonGroup<>();
    private DateTimePicker deadline;

    NegotiateRoundForm(NegotiationService negotiation, ProjectService projects, OrganisationService organisations,
                       TenderDocumentsService tenderDocuments) {
        super(NegotiateRoundHandler.Form.class);
        this.negotiation = negotiation;
        this.projects = projects;
        this.organisations = organisations;
        this.tenderDocuments = tenderDocuments;
    }

    @Override
    public void load(TaskPage page) {
        ProcurementProject p = projects.project(page.projectId());
        var recorded = negotiation.rounds(page.actor(), page.projectId());
        add(new Facts().add("project.code", p.getCode()).add("project.title", p.getTitle())
                .add("project.method", getTranslation("method." + p.getMethod().name()))
                .add("negotiation.round", String.valueOf(recorded.size() + 1))
                .add("evaluation.criteria", p.getTechnicalCriteria()));
        if (!recorded.isEmpty()) {
            add(new H4(getTranslation("negotiation.rounds-so-far")));
            for (NegotiationRound round : recorded) {
                Paragraph text = new Paragraph(round.getMinutes()
                        + (round.getDocumentsChange() == null ? "" : "\n" + getTranslation("field.documentsChange") + "："
                        + round.getDocumentsChange())
                        + (round.getEliminated() == null ? "" : "\n" + getTranslation("negotiation.eliminated") + "："
                        + round.getEliminated()));
                text.getStyle().set("white-space", "pre-wrap");
                add(new Details(getTranslation("negotiation.round-summary", round.getRoundNo(),
                        Formats.dateTime(round.getRecordedAt())), text));
            }
        }
        add(new H4(getTranslation("negotiation.responses")));
        for (Bid bid : negotiation.responsesInNegotiation(page.actor(), page.projectId())) {
            Paragraph proposal = new Paragraph(bid.getTechnicalProposal());
            proposal.getStyle().set("white-space", "pre-wrap");
            Checkbox out = new Checkbox(getTranslation("negotiation.eliminate"));
            out.setId("eliminate-" + bid.getId());
            TextField reason = new TextField(getTranslation("negotiation.eliminate-reason"));
            reason.setId("reason-" + bid.getId());
            reason.setMaxLength(MAX_REASON);
            reason.setWidthFull();
            reason.setVisible(false);
            out.addValueChangeListener(e -> reason.setVisible(e.getValue()));
            eliminate.put(bid.getId(), out);
            reasons.put(bid.getId(), reason);
            Details details = new Details(getTranslation("negotiation.response-summary", organisations.nameOf(bid.getProviderId()),
                    Formats.money(bid.getPrice())), proposal, out, reason);
            details.setOpened(true);
            details.setWidthFull();
            add(details);
        }
        minutes.setLabel(label("minutes"));
        minutes.setMaxLength(MAX_TEXT);
        minutes.setWidthFull();
        minutes.setMinHeight("6em");
        documentsChange.setLabel(label("documentsChange"));
        documentsChange.setHelperText(getTranslation("negotiation.documents-change-hint"));
        documentsChange.setMaxLength(MAX_TEXT);
        documentsChange.setWidthFull();
        next.setLabel(getTranslation("negotiation.next"));
        next.setItems(false, true);
        next.setItemLabelGenerator(f -> getTranslation(f ? "negotiation.next-final" : "negotiation.next-another"));
        next.setValue(false);
        deadline = new DeadlinePicker(label("finalQuotationDeadline"), tenderDocuments, page.projectId());
        deadline.setVisible(false);
        next.addValueChangeListener(e -> deadline.setVisible(Boolean.TRUE.equals(e.getValue())));
        add(field("minutes", minutes), field("documentsChange", documentsChange), field("callFinalQuotations", next),
                field("finalQuotationDeadline", deadline));
    }

    @Override
    public Optional<NegotiateRoundHandler.Form> read() {
        boolean valid = true;
        if (minutes.getValue().isBlank()) {
            minutes.setErrorMessage(getTranslation("negotiation.minutes-required"));
            minutes.setInvalid(true);
            valid = false;
        } else {
            minutes.setInvalid(false);
        }
        Map<Long, String> eliminations = new LinkedHashMap<>();
        for (var entry : eliminate.entrySet()) {
            TextField reason = reasons.get(entry.getKey());
            if (!entry.getValue().getValue()) {
                reason.setInvalid(false);
                continue;
            }
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("negotiation.reason-required"));
                reason.setInvalid(true);
                valid = false;
            } else {
                reason.setInvalid(false);
                eliminations.put(entry.getKey(), reason.getValue().strip());
            }
        }
        boolean callFinal = Boolean.TRUE.equals(next.getValue());
        LocalDateTime at = deadline.getValue();
        if (callFinal && at == null) {
            deadline.setErrorMessage(getTranslation("negotiation.deadline-required"));
            deadline.setInvalid(true);
            valid = false;
        } else {
            deadline.setInvalid(false);
        }
        return valid ? Optional.of(new NegotiateRoundHandler.Form(minutes.getValue().strip(),
                documentsChange.getValue().isBlank() ? null : documentsChange.getValue().strip(), eliminations, callFinal,
                callFinal ? at : null)) : Optional.empty();
    }
}
