package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.training.TrainingClock;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;

/**
 * On every page of a training instance: that the portal's time is training time, and which time it is;
 * for administrators a link to the training clock. Nothing outside training mode.
 */
final class TrainingBadge {

    private TrainingBadge() {
    }

    /** The badge, or empty when the instance is not in training mode. */
    static java.util.Optional<com.vaadin.flow.component.Component> of(boolean administrator) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        TrainingClock training = instantiator.getOrCreate(TrainingClock.class);
        if (!training.isEnabled()) {
            return java.util.Optional.empty();
        }
        PortalClock clock = instantiator.getOrCreate(PortalClock.class);
        String text = com.vaadin.flow.component.UI.getCurrent().getTranslation("training.badge", Formats.dateTime(clock.now()));
        com.vaadin.flow.component.Component badge = administrator ? new Anchor("training", text) : new Span(text);
        badge.getElement().setAttribute("theme", "badge contrast");
        badge.getElement().setAttribute("title", com.vaadin.flow.component.UI.getCurrent().getTranslation("training.badge-hint"));
        badge.setId("training-badge");
        return java.util.Optional.of(badge);
    }
}
