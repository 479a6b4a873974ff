package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.training.TrainingClock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.util.Optional;

/**
 * On every page of a training instance: that the portal's time is training time, and which time it is;
 * for administrators a link to the training clock. Nothing outside training mode.
 */
final class TrainingBadge {

    private TrainingBadge() {
    }

    /** The badge, or empty when the instance is not in training mode. */
    static Optional<Component> of(boolean administrator) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        TrainingClock training = instantiator.getOrCreate(TrainingClock.class);
        if (!training.isEnabled()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        String text = ui.getTranslation("training.badge", Formats.dateTime(instantiator.getOrCreate(PortalClock.class).now()));
        Component badge = administrator ? new Anchor("training", text) : new Span(text);
        badge.getElement().setAttribute("theme", "badge contrast");
        badge.getElement().setAttribute("title", ui.getTranslation("training.badge-hint"));
        badge.setId("training-badge");
        return Optional.of(badge);
    }
}
