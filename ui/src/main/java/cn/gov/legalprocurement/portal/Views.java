package cn.gov.legalprocurement.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Small pieces every view uses: links, due-date badges and the two kinds of notification. */
public final class Views {

    private Views() {
    }

    public static Anchor link(String text, String path) {
        return new Anchor(path, text);
    }

    /** The countdown to a due date as a badge: red when overdue, amber within the warning window. */
    public static Span dueBadge(Instant due, Instant now, Duration warning, Locale locale) {
        Span badge = new Span(Formats.countdown(due, now, locale));
        if (due == null) {
            return badge;
        }
        String urgency = Formats.urgency(due, now, warning);
        badge.getElement().getThemeList().add("badge");
        if ("overdue".equals(urgency)) {
            badge.getElement().getThemeList().add("error");
        } else if ("due-soon".equals(urgency)) {
            badge.getElement().getThemeList().add("warning");
            badge.addClassName("due-soon");
        } else {
            badge.getElement().getThemeList().add("success");
        }
        badge.addClassName(urgency.isEmpty() ? "due-later" : urgency);
        return badge;
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
