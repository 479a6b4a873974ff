package cn.gov.legalprocurement.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled list of facts (label: value), two columns wide on a desk and one on a phone. */
public class Facts extends Div {

    public Facts() {
        addClassName("facts");
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(260px, 1fr))")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)").set("width", "100%");
    }

    /** Adds a fact whose label is the translation of {@code labelKey}. */
    public Facts add(String labelKey, Object value) {
        return addComponent(labelKey, new Span(value == null ? "—" : value.toString()));
    }

    public Facts addComponent(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey) + "：");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div row = new Div(label, value);
        row.addClassName("fact");
        add(row);
        return this;
    }
}
