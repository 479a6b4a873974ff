package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;

/**
 * On a project's page, for its purchasing unit until the committee is drawn: the seat the expert share leaves for a
 * purchaser's representative, and who holds it (one of the unit's purchasing staff, or nobody).
 */
public class RepresentativePanel extends VerticalLayout {

    private RepresentativePanel(RepresentativeService representatives, Actor actor, ProcurementProject project) {
        setPadding(false);
        setId("representative");
        RepresentativeService.Seats seats = representatives.seats(project.getId());
        add(new H3(getTranslation("representative.title")));
        if (seats.representativeSeats() < 1) {
            add(new Paragraph(getTranslation("representative.no-seat", Integer.toString(seats.committeeSize()),
                    seats.expertSharePercent())));
            return;
        }
        add(new Paragraph(getTranslation("representative.hint", Integer.toString(seats.committeeSize()),
                seats.expertSharePercent(), "1")));
        RepresentativeService.Candidate none = new RepresentativeService.Candidate("", getTranslation("representative.none"));
        List<RepresentativeService.Candidate> choices = new java.util.ArrayList<>(List.of(none));
        choices.addAll(representatives.candidates(actor, project.getId()));
        ComboBox<RepresentativeService.Candidate> who = new ComboBox<>(getTranslation("field.representative"), choices);
        who.setItemLabelGenerator(RepresentativeService.Candidate::displayName);
        who.setId("field-representative");
        who.setValue(choices.stream().filter(c -> c.username().equals(Optional.ofNullable(project.getPurchaserRepresentative()).orElse("")))
                .findFirst().orElse(none));
        Button save = new Button(getTranslation("representative.save"), e -> {
            try {
                representatives.name(actor, project.getId(), who.getValue() == null ? null : who.getValue().username());
                who.setInvalid(false);
                Views.success(getTranslation("representative.saved"));
            } catch (PortalException ex) {
                who.setErrorMessage(ex.getMessage(getLocale()));
                who.setInvalid(true);
            }
        });
        save.setId("representative-save");
        HorizontalLayout row = new HorizontalLayout(who, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    /** The panel, for the project's purchasing staff while a representative may still be named. */
    public static Optional<RepresentativePanel> of(RepresentativeService representatives, Actor actor, ProcurementProject project) {
        if (!actor.has(Role.PURCHASER) || actor.organisationId() != project.getPurchaserId()
                || !representatives.mayName(project.getId())) {
            return Optional.empty();
        }
        return Optional.of(new RepresentativePanel(representatives, actor, project));
    }
}
