package cn.gov.legalprocurement.budget;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Budget lines per department and year with approved, committed and paid figures: all of them for
 * finance, supervisors and administrators, the own department's for a purchasing unit.
 */
@Route(value = "budget", layout = MainLayout.class)
@Menu(order = 9, icon = "vaadin:wallet", title = "menu.budget")
@RolesAllowed({"PURCHASER", "PURCHASER_HEAD", "FINANCE", "SUPERVISOR", "ADMIN"})
class BudgetLinesView extends VerticalLayout implements HasDynamicTitle {

    BudgetLinesView(BudgetService budget, CurrentUser user, OrganisationService organisations) {
        List<BudgetLine> lines = budget.lines(user.actor());
        ComboBox<Integer> year = new ComboBox<>(getTranslation("budget.year"));
        year.setItems(lines.stream().map(BudgetLine::getFiscalYear).distinct().sorted(Comparator.reverseOrder()).toList());
        year.setClearButtonVisible(true);
        year.setId("budget-year");

        Grid<BudgetLine> grid = new Grid<>(BudgetLine.class, false);
        grid.addColumn(BudgetLine::getCode).setHeader(getTranslation("budget.code")).setAutoWidth(true);
        grid.addColumn(l -> organisations.nameOf(l.getDepartmentId())).setHeader(getTranslation("budget.department"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(BudgetLine::getFiscalYear).setHeader(getTranslation("budget.year")).setAutoWidth(true).setSortable(true);
        grid.addColumn(BudgetLine::getName).setHeader(getTranslation("budget.name")).setFlexGrow(2);
        grid.addColumn(l -> Formats.money(l.getApproved())).setHeader(getTranslation("budget.approved")).setAutoWidth(true)
                .setComparator(BudgetLine::getApproved);
        grid.addColumn(l -> Formats.money(l.getCommitted())).setHeader(getTranslation("budget.committed")).setAutoWidth(true)
                .setComparator(BudgetLine::getCommitted);
        grid.addColumn(l -> Formats.money(l.getPaid())).setHeader(getTranslation("budget.paid")).setAutoWidth(true)
                .setComparator(BudgetLine::getPaid);
        grid.addColumn(l -> Formats.money(l.available())).setHeader(getTranslation("budget.available")).setAutoWidth(true)
                .setComparator(BudgetLine::available);
        grid.addComponentColumn(BudgetLinesView::used).setHeader(getTranslation("budget.used")).setWidth("11em").setFlexGrow(0);
        grid.setItems(lines);
        grid.setEmptyStateText(getTranslation("budget.none"));
        grid.setId("budget-lines");
        year.addValueChangeListener(e -> grid.setItems(lines.stream()
                .filter(l -> e.getValue() == null || l.getFiscalYear() == e.getValue()).toList()));
        setSizeFull();
        add(year, grid);
        expand(grid);
    }

    /** Committed share of the approved amount, as a bar and a percentage. */
    private static VerticalLayout used(BudgetLine line) {
        double share = line.getApproved().signum() == 0 ? 0
                : line.getCommitted().divide(line.getApproved(), 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).doubleValue();
        ProgressBar bar = new ProgressBar(0, 1, share);
        VerticalLayout cell = new VerticalLayout(bar, new Span(Math.round(share * 100) + "%"));
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.budget");
    }
}
