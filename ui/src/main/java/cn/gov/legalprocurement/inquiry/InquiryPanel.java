package cn.gov.legalprocurement.inquiry;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * On a tender's page, a supplier's inquiries (询问) about it: what they asked, when the answer is due, the
 * answer; and, while the procurement is open, a question to ask. The purchaser reads the question only.
 */
public class InquiryPanel extends VerticalLayout {

    private final InquiryService inquiries;
    private final Actor actor;
    private final ProcurementProject project;
    private final Grid<Inquiry> asked = new Grid<>(Inquiry.class, false);

    public InquiryPanel(InquiryService inquiries, Actor actor, ProcurementProject project, int answerWorkingDays) {
        this.inquiries = inquiries;
        this.actor = actor;
        this.project = project;
        setPadding(false);
        setId("inquiries");
        add(new H3(getTranslation("inquiry.title")), new Paragraph(getTranslation("inquiry.hint", answerWorkingDays)));
        asked.addColumn(i -> Formats.dateTime(i.getAskedAt())).setHeader(getTranslation("inquiry.asked")).setAutoWidth(true);
        asked.addColumn(Inquiry::getQuestion).setHeader(getTranslation("field.question")).setFlexGrow(2);
        asked.addColumn(i -> Formats.dateTime(i.getAnswerDue())).setHeader(getTranslation("inquiry.due")).setAutoWidth(true);
        asked.addColumn(i -> i.isAnswered() ? i.getAnswer() : getTranslation("inquiry.awaiting")).setHeader(getTranslation("field.answer"))
                .setFlexGrow(2);
        asked.setAllRowsVisible(true);
        asked.setId("my-inquiries");
        add(asked);
        if (project.getStage() == ProjectStage.TENDERING) {
            TextArea question = new TextArea(getTranslation("field.question"));
            question.setId("inquiry-question");
            question.setWidthFull();
            question.setMaxLength(InquiryService.TEXT_MAX);
            Button ask = new Button(getTranslation("inquiry.ask"), e -> {
                try {
                    inquiries.ask(actor, project.getId(), question.getValue());
                    question.clear();
                    Views.success(getTranslation("inquiry.sent"));
                    refresh();
                } catch (PortalException ex) {
                    question.setErrorMessage(ex.getMessage(getLocale()));
                    question.setInvalid(true);
                }
            });
            ask.setId("inquiry-ask");
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(question, ask);
        }
        refresh();
    }

    private void refresh() {
        asked.setItems(inquiries.mine(actor).stream().filter(i -> i.getProjectId().equals(project.getId())).toList());
    }
}
