package cn.gov.legalprocurement.tasks;

import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.TaskNames;
import cn.gov.legalprocurement.portal.UiProperties;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * One task: what it is about, its statutory due date with a countdown, and its form. Completing goes
 * through {@link WorkTaskService#complete}, which checks the user's role and organisation again; a
 * refusal is shown on its field and nothing is saved.
 */
@Route(value = "tasks/:taskId", layout = MainLayout.class)
@PermitAll
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkTaskService tasks;
    private final TaskForms forms;
    private final ProjectService projects;
    private final CurrentUser user;
    private final PortalClock clock;
    private final UiProperties properties;
    private String title = "";

    TaskView(WorkTaskService tasks, TaskForms forms, ProjectService projects, CurrentUser user, PortalClock clock,
             UiProperties properties) {
        this.tasks = tasks;
        this.forms = forms;
        this.projects = projects;
        this.user = user;
        this.clock = clock;
        this.properties = properties;
        setMaxWidth("1100px");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        Actor actor = user.actor();
        removeAll();
        WorkTask task;
        try {
            task = tasks.task(actor, taskId);
        } catch (PortalException e) {
            title = getTranslation("task.not-available");
            add(new H2(title), new Paragraph(e.getMessage(getLocale())), Views.link(getTranslation("menu.tasks"), "tasks"));
            return;
        }
        title = TaskNames.of(this, task);
        show(actor, task);
    }

    private void show(Actor actor, WorkTask task) {
        ProcurementProject project = task.projectId() == null ? null : projects.project(task.projectId());
        H2 heading = new H2(title);
        heading.setId("task-title");
        HorizontalLayout facts = new HorizontalLayout();
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        facts.getStyle().set("flex-wrap", "wrap");
        if (project != null) {
            facts.add(Views.link(project.getCode() + " " + project.getTitle(), "projects/" + project.getCode()));
        } else {
            facts.add(new Span(task.businessKey()));
        }
        if (task.due() != null) {
            facts.add(new Span(getTranslation("task.due", Formats.dateTime(task.due()))),
                    Views.dueBadge(task.due(), clock.now(), properties.deadlineWarning(), getLocale()));
        }
        VerticalLayout header = new VerticalLayout(heading, facts);
        header.setPadding(false);
        header.addClassName("task-header");
        add(header);

        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), VaadinIcon.HAND.create(), e -> {
                try {
                    tasks.claim(actor, task.id());
                    Views.success(getTranslation("inbox.claimed"));
                    removeAll();
                    show(actor, tasks.task(actor, task.id()));
                } catch (PortalException ex) {
                    Views.error(ex.getMessage(getLocale()));
                }
            });
            claim.setId("claim-task");
            add(new HorizontalLayout(new Span(getTranslation("task.group-hint")), claim));
        }

        TaskForm<?> form = forms.create(task.formKey()).orElse(null);
        if (form == null) {
            add(new Paragraph(getTranslation("task.no-form", task.formKey())));
            return;
        }
        form.load(new TaskPage(task, tasks.variables(actor, task.id()), actor));
        Button complete = new Button(getTranslation("task.complete"), VaadinIcon.CHECK.create());
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("complete-task");
        complete.setDisableOnClick(true);
        complete.addClickListener(e -> complete(actor, task, form, complete));
        Button cancel = new Button(getTranslation("task.cancel"), e -> getUI().ifPresent(ui -> ui.navigate("tasks")));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, new HorizontalLayout(complete, cancel));
    }

    private <F> void complete(Actor actor, WorkTask task, TaskForm<F> form, Button button) {
        var record = form.read();
        if (record.isEmpty()) {
            Views.error(getTranslation("task.fix-fields"));
            button.setEnabled(true);
            return;
        }
        try {
            tasks.complete(actor, task.id(), record.get());
        } catch (PortalException e) {
            String message = e.getMessage(getLocale());
            form.showRefusal(e, message);
            Views.error(message);
            button.setEnabled(true);
            return;
        }
        Views.success(getTranslation("task.completed", title));
        getUI().ifPresent(ui -> ui.navigate("tasks"));
    }
}
