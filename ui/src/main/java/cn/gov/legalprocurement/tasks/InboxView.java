package cn.gov.legalprocurement.tasks;

import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.TaskNames;
import cn.gov.legalprocurement.portal.UiProperties;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The task inbox: the user's own tasks and their group's open ones, with claim and release, a filter,
 * and each task's statutory due date with a countdown (amber when near, red when overdue).
 */
@Route(value = "tasks", layout = MainLayout.class)
@Menu(order = 2, icon = "vaadin:tasks", title = "menu.tasks")
@RolesAllowed({"PURCHASER", "PURCHASER_HEAD", "PROVIDER", "EXPERT", "FINANCE", "JUSTICE", "ADMIN"})
class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final WorkTaskService tasks;
    private final ProjectService projects;
    private final CurrentUser user;
    private final PortalClock clock;
    private final UiProperties properties;
    private final UserDirectory users;
    private final Grid<WorkTask> grid = new Grid<>(WorkTask.class, false);
    private final Tabs scope;
    private final Tab all;
    private final Tab mine;
    private final TextField filter = new TextField();
    private final Map<Long, String> titles = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Views.Badge> badges = new HashMap<>();

    InboxView(WorkTaskService tasks, ProjectService projects, CurrentUser user, PortalClock clock, UiProperties properties,
              UserDirectory users) {
        this.tasks = tasks;
        this.users = users;
        this.projects = projects;
        this.user = user;
        this.clock = clock;
        this.properties = properties;
        all = new Tab(getTranslation("inbox.all"));
        mine = new Tab(getTranslation("inbox.mine"));
        Tab group = new Tab(getTranslation("inbox.group"));
        scope = new Tabs(all, mine, group);
        scope.addSelectedChangeListener(e -> refresh());
        filter.setPlaceholder(getTranslation("inbox.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setClearButtonVisible(true);
        filter.setId("inbox-filter");

        Instant now = clock.now();
        // text and badges through Lit templates, not a server component per cell: the inbox renders at once
        grid.addColumn(LitRenderer.<WorkTask>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", t -> "tasks/" + t.id()).withProperty("name", t -> TaskNames.of(this, t)))
                .setHeader(getTranslation("inbox.task"))
                .setComparator(t -> TaskNames.of(this, t)).setFlexGrow(2).setSortable(true);
        grid.addColumn(t -> t.businessKey() + " " + title(t)).setHeader(getTranslation("inbox.project")).setFlexGrow(3).setSortable(true);
        grid.addColumn(t -> Formats.dateTime(t.created())).setHeader(getTranslation("inbox.created")).setAutoWidth(true)
                .setComparator(WorkTask::created);
        grid.addColumn(t -> Formats.dateTime(t.due())).setHeader(getTranslation("inbox.due")).setAutoWidth(true)
                .setComparator(t -> t.due() == null ? Instant.MAX : t.due());
        grid.addColumn(LitRenderer.<WorkTask>of("<span theme=\"${item.theme}\" class=\"${item.urgency}\">${item.countdown}</span>")
                        .withProperty("countdown", t -> badge(t, now).text())
                        .withProperty("theme", t -> badge(t, now).theme())
                        .withProperty("urgency", t -> badge(t, now).className()))
                .setHeader(getTranslation("inbox.countdown")).setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("inbox.unclaimed") : names.computeIfAbsent(t.assignee(), users::displayName))
                .setHeader(getTranslation("inbox.assignee")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("inbox-grid");
        grid.setEmptyStateText(getTranslation("inbox.empty"));

        setSizeFull();
        add(new HorizontalLayout(scope, filter), grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tasks");
    }

    /** A row's badge, worked out once for its text, theme and class. */
    private Views.Badge badge(WorkTask t, Instant now) {
        return badges.computeIfAbsent(t.id(), id -> Views.Badge.of(t.due(), now, properties.deadlineWarning(), getLocale()));
    }

    private HorizontalLayout actions(WorkTask t) {
        Actor actor = user.actor();
        HorizontalLayout actions = new HorizontalLayout();
        if (t.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> act(() -> tasks.claim(actor, t.id()), "inbox.claimed"));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else if (t.assignee().equals(actor.username()) && t.releasable()) {
            Button release = new Button(getTranslation("inbox.release"), e -> act(() -> tasks.release(actor, t.id()), "inbox.released"));
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(release);
        }
        return actions;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Views.success(getTranslation(doneKey));
        } catch (PortalException e) {
            Views.error(e.getMessage(getLocale()));
        }
        refresh();
    }

    private String title(WorkTask t) {
        return t.projectId() == null ? "" : titles.computeIfAbsent(t.projectId(), id -> projects.project(id).getTitle());
    }

    private void refresh() {
        Actor actor = user.actor();
        String text = filter.getValue() == null ? "" : filter.getValue().trim();
        List<WorkTask> shown = tasks.myTasks(actor).stream()
                .filter(t -> scope.getSelectedTab() == all
                        || (scope.getSelectedTab() == mine) == actor.username().equals(t.assignee()))
                .filter(t -> text.isEmpty() || (TaskNames.of(this, t) + " " + t.businessKey() + " " + title(t)).contains(text))
                .sorted(Comparator.comparing(WorkTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        badges.clear();
        grid.setItems(shown);
    }
}
