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
        Badge b = Badge.of(due, now, warning, locale);
        Span badge = new Span(b.text());
        if (!b.theme().isEmpty()) {
            badge.getElement().setAttribute("theme", b.theme());
        }
        if (!b.className().isEmpty()) {
            badge.addClassName(b.className());
        }
        return badge;
    }

    /** What a due-date badge shows: its text, its Lumo badge theme and its urgency class (for grids' renderers). */
    public record Badge(String text, String theme, String className) {

        public static Badge of(Instant due, Instant now, Duration warning, Locale locale) {
            String text = Formats.countdown(due, now, locale);
            if (due == null) {
                return new Badge(text, "", "");
            }
            String urgency = Formats.urgency(due, now, warning);
            String theme = switch (urgency) {
                case "overdue" -> "badge error";
                case "due-soon" -> "badge warning";
                default -> "badge success";
            };
            return new Badge(text, theme, urgency.isEmpty() ? "due-later" : urgency);
        }
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
