package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.Instant;
import java.util.List;

/**
 * The notification centre: new tasks and tasks whose statutory deadline is near or past, counted on
 * the bell and listed in its pop-over; refreshed on every page and by a slow poll.
 */
@SpringComponent
@UIScope
public class NotificationBell extends Composite<Div> {

    /** One notice: the task and why it is shown. */
    public record Notice(WorkTask task, String reason) {
    }

    private final WorkTaskService tasks;
    private final CurrentUser user;
    private final PortalClock clock;
    private final UiProperties properties;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final VerticalLayout list = new VerticalLayout();

    NotificationBell(WorkTaskService tasks, CurrentUser user, PortalClock clock, UiProperties properties) {
        this.tasks = tasks;
        this.user = user;
        this.clock = clock;
        this.properties = properties;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        bell.setAriaLabel(getTranslation("notifications.title"));
        badge.getElement().getThemeList().addAll(List.of("badge", "error", "pill", "small"));
        badge.setId("notification-count");
        getContent().add(bell, badge);
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setWidth("360px");
        list.setPadding(true);
        popover.add(new H4(getTranslation("notifications.title")), list);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval((int) properties.poll().toMillis());
        event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    /** New tasks and tasks due within the warning window or overdue, most urgent first. */
    public List<Notice> notices() {
        Instant now = clock.now();
        return user.maybe().map(tasks::myTasks).orElse(List.of()).stream().map(t -> {
            String urgency = Formats.urgency(t.due(), now, properties.deadlineWarning());
            if (!urgency.isEmpty()) {
                return new Notice(t, getTranslation("notifications." + urgency, Formats.countdown(t.due(), now, getLocale())));
            }
            if (t.created() != null && t.created().isAfter(now.minus(properties.newTask()))) {
                return new Notice(t, getTranslation("notifications.new"));
            }
            return null;
        }).filter(n -> n != null).toList();
    }

    void refresh() {
        List<Notice> notices = notices();
        badge.setText(String.valueOf(notices.size()));
        badge.setVisible(!notices.isEmpty());
        list.removeAll();
        if (notices.isEmpty()) {
            list.add(new Span(getTranslation("notifications.none")));
        }
        for (Notice n : notices) {
            Anchor link = new Anchor("tasks/" + n.task().id(), TaskNames.of(this, n.task()) + " · " + n.task().businessKey());
            Span reason = new Span(n.reason());
            reason.getElement().getThemeList().add("badge");
            list.add(new Div(link, new Span(" "), reason));
        }
    }
}
