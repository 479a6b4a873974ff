package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The purchaser refunds the bid bonds that are due: every bond of the project with what released it and the
 * day it must be back by (late ones marked), the due ones to tick, the transfer's date and reference.
 */
@TaskFormFor("tender-refund-bid-bonds")
class RefundBidBondsForm extends TaskForm<RefundBidBondsHandler.Form> {

    private final ProjectSummaries summaries;
    private final BidBondService bonds;
    private final PortalClock clock;

    RefundBidBondsForm(ProjectSummaries summaries, BidBondService bonds, PortalClock clock) {
        super(RefundBidBondsHandler.Form.class);
        this.summaries = summaries;
        this.bonds = bonds;
        this.clock = clock;
    }

    @Override
    public void load(TaskPage page) {
        List<BidBondService.BondLine> lines = bonds.ofProject(page.actor(), page.projectId());
        Paragraph rule = new Paragraph(getTranslation("bond.rule", bonds.refundWorkingDays(page.projectId())));
        rule.setId("bond-rule");
        add(summaries.folded(page.projectId(), false), rule, new H4(getTranslation("bond.all")), grid(lines));

        List<BidBondService.BondLine> due = lines.stream().filter(l -> l.bond().getStatus() == BidBond.Status.DUE).toList();
        CheckboxGroup<Long> chosen = new CheckboxGroup<>(label("bonds"));
        chosen.setItems(due.stream().map(l -> l.bond().getId()).toList());
        chosen.setItemLabelGenerator(id -> due.stream().filter(l -> Objects.equals(l.bond().getId(), id)).findFirst()
                .map(l -> getTranslation("bond.choice", l.provider(), Formats.money(l.bond().getAmount()),
                        Formats.dateTime(l.bond().getRefundBy()))).orElse(""));
        binder.forField(chosen).bind("bonds");
        chosen.setValue(new LinkedHashSet<>(due.stream().map(l -> l.bond().getId()).toList()));
        fields.add(field("bonds", chosen), 2);

        DatePicker refundedOn = new DatePicker(label("refundedOn"));
        refundedOn.setMax(clock.today());
        refundedOn.setValue(clock.today());
        binder.forField(refundedOn).bind("refundedOn");
        fields.add(field("refundedOn", refundedOn));
        textField("reference").setMaxLength(BidBondService.REFERENCE_MAX);
        add(fields);
    }

    private Grid<BidBondService.BondLine> grid(List<BidBondService.BondLine> lines) {
        Grid<BidBondService.BondLine> grid = new Grid<>();
        grid.addColumn(BidBondService.BondLine::provider).setHeader(getTranslation("bid.provider")).setFlexGrow(2);
        grid.addColumn(l -> Formats.money(l.bond().getAmount())).setHeader(getTranslation("bond.amount")).setAutoWidth(true);
        grid.addColumn(l -> status(l)).setHeader(getTranslation("bond.status")).setFlexGrow(2);
        grid.addColumn(l -> l.bond().getRefundBy() == null ? "" : Formats.dateTime(l.bond().getRefundBy()))
                .setHeader(getTranslation("bond.refund-by")).setAutoWidth(true);
        grid.addColumn(l -> l.bond().getRefundedOn() == null ? ""
                        : Formats.date(l.bond().getRefundedOn()) + " " + l.bond().getRefundReference())
                .setHeader(getTranslation("bond.refunded")).setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.setId("bond-lines");
        return grid;
    }

    /** Held, due (with what released it), refunded; late when past the deadline. */
    private String status(BidBondService.BondLine l) {
        String status = getTranslation("bond.status." + l.bond().getStatus().name());
        if (l.bond().getDueReason() != null) {
            status += "（" + getTranslation("bond.release." + l.bond().getDueReason().name()) + "）";
        }
        return l.late() ? status + " · " + getTranslation("bond.late") : status;
    }
}
