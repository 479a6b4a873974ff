package cn.gov.legalprocurement.dashboard;

import cn.gov.legalprocurement.acceptance.AcceptanceEvaluation;
import cn.gov.legalprocurement.acceptance.AcceptanceService;
import cn.gov.legalprocurement.budget.BudgetLine;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.EChart;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.TaskNames;
import cn.gov.legalprocurement.portal.UiProperties;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.search.ContractSearchService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The home page of every role: deadlines this week, spend by catalogue class and by provider (from the
 * contract index, scoped to what the user may read), budget used against approved, and acceptance
 * scores over time, each drawn with ECharts.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@Menu(order = 1, icon = "vaadin:dashboard", title = "menu.dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(CurrentUser user, WorkTaskService tasks, ContractSearchService search, BudgetService budget,
                  ContractService contracts, AcceptanceService acceptance, PortalClock clock, UiProperties properties) {
        Actor actor = user.actor();
        Div cards = new Div();
        cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 480px), 1fr))")
                .set("gap", "var(--lumo-space-l)").set("width", "100%");
        if (!actor.has(Role.SUPERVISOR)) {
            cards.add(card("dashboard.deadlines", deadlines(tasks.myTasks(actor), clock.now(), properties)));
        }
        // the contract index scopes spend to the user's organisation; experts have none, so they get no spend cards
        boolean onlyExpert = actor.roles().stream().allMatch(r -> r == Role.EXPERT);
        if (!onlyExpert) {
            spend(actor, search, cards);
        }
        if (actor.has(Role.PURCHASER) || actor.has(Role.PURCHASER_HEAD) || actor.has(Role.FINANCE) || actor.has(Role.SUPERVISOR)
                || actor.has(Role.ADMIN)) {
            List<BudgetLine> lines = budget.lines(actor);
            cards.add(card("dashboard.budget", lines.isEmpty() ? empty() : new EChart(getTranslation("dashboard.budget"),
                    EChart.bars(lines.stream().map(BudgetLine::getName).toList(), Map.of(
                            getTranslation("budget.approved"), lines.stream().map(BudgetLine::getApproved).toList(),
                            getTranslation("budget.committed"), lines.stream().map(BudgetLine::getCommitted).toList(),
                            getTranslation("budget.paid"), lines.stream().map(BudgetLine::getPaid).toList())))));
        }
        if (!actor.has(Role.EXPERT) || actor.roles().size() > 1) {
            List<String> when = new ArrayList<>();
            List<BigDecimal> scores = new ArrayList<>();
            List<AcceptanceEvaluation> evaluations = new ArrayList<>();
            for (Contract c : contracts.visibleTo(actor)) {
                evaluations.addAll(acceptance.evaluations(c.getId()));
            }
            evaluations.stream().filter(e -> e.getPublishedAt() != null)
                    .sorted(Comparator.comparing(AcceptanceEvaluation::getPublishedAt)).forEach(e -> {
                        when.add(Formats.dateTime(e.getPublishedAt()).substring(0, 10));
                        scores.add(e.getTotalScore());
                    });
            cards.add(card("dashboard.acceptance", scores.isEmpty() ? empty()
                    : new EChart(getTranslation("dashboard.acceptance"), EChart.line(when, getTranslation("acceptance.total"), scores))));
        }
        add(cards);
    }

    private void spend(Actor actor, ContractSearchService search, Div cards) {
        try {
            ContractSearchService.Result all = search.search(actor, ContractSearchService.Query.text(""));
            Map<String, BigDecimal> byClass = new LinkedHashMap<>();
            all.byClass().forEach(f -> byClass.put(f.key(), Money.ofFen(f.sumFen())));
            Map<String, BigDecimal> byProvider = new LinkedHashMap<>();
            all.byProvider().forEach(f -> byProvider.put(f.key(), Money.ofFen(f.sumFen())));
            cards.add(card("dashboard.spend-by-class", byClass.isEmpty() ? empty()
                    : new EChart(getTranslation("dashboard.spend-by-class"), EChart.pie(byClass))));
            cards.add(card("dashboard.spend-by-provider", byProvider.isEmpty() ? empty()
                    : new EChart(getTranslation("dashboard.spend-by-provider"), EChart.bars(List.copyOf(byProvider.keySet()),
                            Map.of(getTranslation("dashboard.spend"), List.copyOf(byProvider.values()))))));
        } catch (RuntimeException e) {
            cards.add(card("dashboard.spend-by-class", new Span(getTranslation("search.unavailable"))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }

    private Component deadlines(List<WorkTask> mine, Instant now, UiProperties properties) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("deadlines-this-week");
        mine.stream().filter(t -> t.due() != null && t.due().isBefore(now.plus(Duration.ofDays(7)))).forEach(t -> {
            Div row = new Div(Views.link(TaskNames.of(this, t) + " · " + t.businessKey(), "tasks/" + t.id()), new Span(" "),
                    Views.dueBadge(t.due(), now, properties.deadlineWarning(), getLocale()));
            list.add(row);
        });
        if (list.getComponentCount() == 0) {
            list.add(new Span(getTranslation("dashboard.no-deadlines")));
        }
        list.add(new Span(getTranslation("dashboard.open-tasks", mine.size())));
        return list;
    }

    private Component card(String titleKey, Component content) {
        VerticalLayout card = new VerticalLayout(new H3(getTranslation(titleKey)), content);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    private Span empty() {
        return new Span(getTranslation("dashboard.no-data"));
    }
}
