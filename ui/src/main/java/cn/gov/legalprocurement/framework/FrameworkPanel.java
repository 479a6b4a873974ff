package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;

/**
 * A framework agreement on its project's page: for the project that concluded it, the shortlist in order and the
 * fairness report (call-offs offered, accepted, declined and amounts per supplier); for a call-off, the agreement it
 * was made under and its offers.
 */
public final class FrameworkPanel extends VerticalLayout {

    private FrameworkPanel() {
        setPadding(false);
        setId("framework-panel");
    }

    /** The panel the project needs, if it concluded an agreement or is a call-off. */
    public static Optional<Component> of(ProcurementProject p, FrameworkAgreementService agreements, CallOffService callOffs,
                                         ProjectService projects) {
        if (p.isCallOff()) {
            FrameworkPanel panel = new FrameworkPanel();
            FrameworkAgreement agreement = agreements.agreement(p.getFrameworkAgreementId());
            panel.add(new H3(panel.getTranslation("call-off.heading")));
            panel.add(Views.link(panel.getTranslation("call-off.under", agreement.getCode(),
                    panel.getTranslation("call-off-rule." + agreement.getCallOffRule().name())),
                    "projects/" + projects.project(agreement.getProjectId()).getCode()));
            panel.add(CallOffGrids.offers(callOffs.ofProject(p.getId()), key -> panel.getTranslation(key)));
            return Optional.of(panel);
        }
        return agreements.concludedBy(p.getId()).map(agreement -> {
            FrameworkPanel panel = new FrameworkPanel();
            FrameworkAgreementService.FairnessReport report = agreements.fairnessReport(agreement.getId());
            panel.add(new H3(panel.getTranslation("framework.heading", agreement.getCode())));
            Paragraph terms = new Paragraph(panel.getTranslation("framework.terms", Formats.date(agreement.getTermStart()),
                    Formats.date(agreement.getTermEnd()), panel.getTranslation("call-off-rule." + agreement.getCallOffRule().name()),
                    panel.getTranslation("framework.status." + agreement.getStatus().name())));
            terms.setId("framework-terms");
            Paragraph totals = new Paragraph(panel.getTranslation("framework.totals", report.callOffs(), Formats.money(report.amount())));
            totals.setId("framework-totals");
            panel.add(terms, panel.fairness(report), totals);
            return panel;
        });
    }

    private Grid<FrameworkAgreementService.Share> fairness(FrameworkAgreementService.FairnessReport report) {
        Grid<FrameworkAgreementService.Share> grid = new Grid<>();
        grid.addColumn(FrameworkAgreementService.Share::position).setHeader(getTranslation("call-off.position")).setAutoWidth(true);
        grid.addColumn(FrameworkAgreementService.Share::provider).setHeader(getTranslation("bid.provider")).setFlexGrow(2);
        grid.addColumn(s -> Formats.money(s.price())).setHeader(getTranslation("call-off.price")).setAutoWidth(true);
        grid.addColumn(FrameworkAgreementService.Share::offered).setHeader(getTranslation("framework.offered")).setAutoWidth(true);
        grid.addColumn(FrameworkAgreementService.Share::accepted).setHeader(getTranslation("framework.accepted")).setAutoWidth(true);
        grid.addColumn(FrameworkAgreementService.Share::declined).setHeader(getTranslation("framework.declined")).setAutoWidth(true);
        grid.addColumn(s -> Formats.money(s.amount())).setHeader(getTranslation("framework.amount")).setAutoWidth(true);
        grid.setItems(report.shares());
        grid.setAllRowsVisible(true);
        grid.setId("framework-fairness");
        return grid;
    }
}
