package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.project.CallOffRule;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Objects;

/**
 * Stage two of a framework agreement: the purchaser sees every shortlisted supplier with what this call-off would
 * cost at its rate and whether it may be offered it; under direct choice picks one and gives the grounds, under
 * rotation offers it to the one whose turn it is.
 */
@TaskFormFor("tender-offer-call-off")
class OfferCallOffForm extends TaskForm<OfferCallOffHandler.Form> {

    private final ProjectSummaries summaries;
    private final CallOffService callOffs;
    private final CurrentUser user;
    private final CallOffQuotationService quotations;

    OfferCallOffForm(ProjectSummaries summaries, CallOffService callOffs, CurrentUser user, CallOffQuotationService quotations) {
        super(OfferCallOffHandler.Form.class);
        this.quotations = quotations;
        this.summaries = summaries;
        this.callOffs = callOffs;
        this.user = user;
    }

    @Override
    public void load(TaskPage page) {
        CallOffService.Choice choice = callOffs.choice(user.actor(), page.projectId());
        boolean rotation = choice.agreement().getCallOffRule() == CallOffRule.ROTATION;
        boolean byQuotation = choice.agreement().getCallOffRule() == CallOffRule.SECOND_ROUND_QUOTATION;
        Paragraph rule = new Paragraph(getTranslation("call-off.agreement", choice.agreement().getCode(),
                getTranslation("call-off-rule." + choice.agreement().getCallOffRule().name()),
                Formats.date(choice.agreement().getTermEnd())));
        rule.setId("call-off-agreement");
        add(summaries.folded(page.projectId(), false), rule, new H4(getTranslation("call-off.members")), members(choice));
        if (!callOffs.ofProject(page.projectId()).isEmpty()) {
            add(new H4(getTranslation("call-off.offers")), CallOffGrids.offers(callOffs.ofProject(page.projectId()), key -> getTranslation(key)));
        }

        RadioButtonGroup<Long> provider = new RadioButtonGroup<>(label("providerId"));
        List<CallOffService.Candidate> offerable = choice.candidates().stream().filter(CallOffService.Candidate::offerable).toList();
        provider.setItems(offerable.stream().map(c -> c.member().getProviderId()).toList());
        provider.setItemLabelGenerator(id -> offerable.stream().filter(c -> Objects.equals(c.member().getProviderId(), id))
                .findFirst().map(c -> getTranslation("call-off.candidate", c.member().getPosition(), c.provider(),
                        Formats.money(c.amount()))).orElse(""));
        choice.nextInTurn().ifPresent(provider::setValue);
        if (rotation) {
            // under rotation there is no choice: the one whose turn it is
            provider.setReadOnly(true);
            provider.setHelperText(getTranslation("call-off.rotation-help"));
        }
        if (offerable.isEmpty()) {
            provider.setHelperText(getTranslation("error.call-off.nobody-left"));
        }
        binder.forField(provider).bind("providerId");
        fields.add(field("providerId", provider), 2);
        provider.setVisible(!byQuotation);
        // second-round quotation: every eligible member is asked to quote, sealed, by the deadline
        DateTimePicker deadline = new DateTimePicker(label("quotationDeadline"));
        deadline.setStep(java.time.Duration.ofMinutes(30));
        deadline.setHelperText(getTranslation("call-off.quotation-help",
                Formats.dateTime(quotations.earliestDeadline(page.projectId()))));
        deadline.setVisible(byQuotation && !offerable.isEmpty());
        binder.forField(deadline).bind("quotationDeadline");
        fields.add(field("quotationDeadline", deadline), 2);
        // nobody left to offer it to: the purchaser ends the call-off, with the reason
        Checkbox terminate = new Checkbox(label("terminate"));
        boolean quotedInVain = byQuotation && quotations.roundsHeld(page.projectId());
        terminate.setVisible(offerable.isEmpty() || quotedInVain);
        binder.forField(terminate).bind("terminate");
        fields.add(field("terminate", terminate), 2);
        textArea("reason").setHelperText(getTranslation(offerable.isEmpty() ? "call-off.reason-terminate"
                : byQuotation ? "call-off.reason-quotation" : rotation ? "call-off.reason-rotation" : "call-off.reason-direct"));
        add(fields);
    }

    private Grid<CallOffService.Candidate> members(CallOffService.Choice choice) {
        Grid<CallOffService.Candidate> grid = new Grid<>();
        grid.addColumn(c -> c.member().getPosition()).setHeader(getTranslation("call-off.position")).setAutoWidth(true);
        grid.addColumn(CallOffService.Candidate::provider).setHeader(getTranslation("bid.provider")).setFlexGrow(2);
        grid.addColumn(c -> Formats.money(c.member().getPrice())).setHeader(getTranslation("call-off.price")).setAutoWidth(true);
        grid.addColumn(c -> Formats.money(c.amount())).setHeader(getTranslation("call-off.amount")).setAutoWidth(true);
        grid.addColumn(c -> c.offerable()
                        ? choice.nextInTurn().filter(n -> n.equals(c.member().getProviderId())).map(n -> getTranslation("call-off.in-turn")).orElse("")
                        : getTranslation(c.refusal(), c.provider()))
                .setHeader(getTranslation("call-off.status")).setFlexGrow(2);
        grid.setItems(choice.candidates());
        grid.setAllRowsVisible(true);
        grid.setId("call-off-members");
        return grid;
    }
}
