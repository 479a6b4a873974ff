package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * On a project's page, for its purchasing unit during the bid period: a clarification or amendment of the
 * documents, published to every supplier. The panel says beforehand how late a clarification that may affect
 * the bids may come without moving the deadline; after it, the deadline it moved to.
 */
public class ClarificationPanel extends VerticalLayout {

    private final ClarificationService clarifications;
    private final Paragraph hint = new Paragraph();

    public ClarificationPanel(ClarificationService clarifications, Actor actor, ProcurementProject project) {
        this.clarifications = clarifications;
        setPadding(false);
        setId("clarification");
        hint.setId("clarification-hint");
        add(new H3(getTranslation("clarification.title")), hint);
        showHint(project.getId(), project.getBidDeadline());
        TextArea text = new TextArea(getTranslation("field.text"));
        text.setId("clarification-text");
        text.setWidthFull();
        text.setMaxLength(ClarificationService.MAX_TEXT);
        Checkbox affects = new Checkbox(getTranslation("field.mayAffectBids"));
        affects.setId("clarification-affects");
        affects.setValue(true);
        Button publish = new Button(getTranslation("clarification.publish"), e -> {
            try {
                ClarificationService.Clarified done = clarifications.clarify(actor, project.getId(), text.getValue(), affects.getValue());
                Views.success(done.deadlineMoved()
                        ? getTranslation("clarification.published-moved", Formats.dateTime(done.bidDeadline()))
                        : getTranslation("clarification.published"));
                text.clear();
                text.setInvalid(false);
                showHint(project.getId(), done.bidDeadline());
            } catch (PortalException ex) {
                text.setErrorMessage(ex.getMessage(getLocale()));
                text.setInvalid(true);
            }
        });
        publish.setId("clarification-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, affects, publish);
    }

    private void showHint(long projectId, java.time.Instant deadline) {
        clarifications.earliestDeadlineAfterClarification(projectId).ifPresent(earliest -> hint.setText(
                getTranslation("clarification.hint", Formats.dateTime(deadline), Formats.dateTime(earliest))));
    }
}
