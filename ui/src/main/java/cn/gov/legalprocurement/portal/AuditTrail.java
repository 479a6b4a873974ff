package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.audit.AuditEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who did what, when, to which object, and what was recorded: read-only, oldest first, in words —
 * people by their names, actions and objects by what they are called, the recorded state as
 * "field: value" in the user's language (times in Beijing time) instead of the stored JSON.
 */
public class AuditTrail extends Grid<AuditEvent> {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the names of recorded codes (a method, a stage, a status...) are found, in this order. */
    private static final List<String> CODE_NAMES = List.of("method.", "stage.", "announcement-kind.", "document-kind.",
            "measure.", "decision.", "tender.decision.", "contract.status.", "bid.status.", "challenge.status.",
            "payment.status.", "catalogue.status.", "catalogue.change.", "day-kind.", "unit.", "provider-type.", "sme.",
            "qualification.");

    /** Each row's details and each person's name, worked out once for the cell and its tooltip. */
    private final Map<Long, String> details = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();

    public AuditTrail(List<AuditEvent> events, Function<String, String> names) {
        super(AuditEvent.class, false);
        addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        addColumn(e -> people.computeIfAbsent(e.getActor() == null ? "" : e.getActor(), actor -> who(actor, names)))
                .setHeader(getTranslation("audit.who")).setAutoWidth(true);
        addColumn(e -> word("audit.", e.getAction())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        addColumn(e -> word("audit.type.", e.getObjectType()) + " " + e.getObjectId()).setHeader(getTranslation("audit.object"))
                .setAutoWidth(true);
        addColumn(this::detailsOf).setHeader(getTranslation("audit.details")).setFlexGrow(3).setTooltipGenerator(this::detailsOf);
        setItems(events.stream().sorted(Comparator.comparing(AuditEvent::getOccurredAt).thenComparing(AuditEvent::getId)).toList());
        setAllRowsVisible(events.size() <= 30);
        if (events.size() > 30) {
            setHeight("600px");
        }
        addClassName("audit-trail");
        setId("audit-trail");
    }

    /** A person by name; the portal itself and a sealed bidder (whose name is secret until the opening) by role. */
    private String who(String actor, Function<String, String> names) {
        return PortalI18n.find(this, "audit.actor." + actor).orElseGet(() -> names.apply(actor));
    }

    private String detailsOf(AuditEvent e) {
        return details.computeIfAbsent(e.getId(), id -> details(e.getAfterState()));
    }

    /** The recorded state as "field: value; field: value", or the text itself when it is not JSON. */
    String details(String state) {
        if (state == null || state.isBlank()) {
            return "";
        }
        JsonNode node;
        try {
            node = JSON.readTree(state);
        } catch (java.io.IOException notJson) {
            return state;
        }
        return value(node);
    }

    private String value(JsonNode node) {
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                parts.add(getTranslation("audit.key-value", fieldName(field.getKey()), value(field.getValue())));
            }
            return String.join(getTranslation("audit.item-separator"), parts);
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isContainerNode() ? getTranslation("audit.group", value(item)) : value(item)));
            return String.join(getTranslation("audit.list-separator"), items);
        }
        if (node.isBoolean()) {
            return getTranslation(node.booleanValue() ? "audit.yes" : "audit.no");
        }
        if (node.isNull()) {
            return "—";
        }
        String text = node.asText();
        if (text.matches("[A-Z][A-Z0-9_]+")) {
            for (String prefix : CODE_NAMES) {
                Optional<String> name = PortalI18n.find(this, prefix + text);
                if (name.isPresent()) {
                    return name.get();
                }
            }
        }
        if (text.length() >= 20 && text.charAt(4) == '-' && text.indexOf('T') == 10) {
            try {
                return Formats.dateTime(Instant.parse(text));
            } catch (DateTimeParseException notAnInstant) {
                return text;
            }
        }
        return text;
    }

    /** A recorded field by its name: the audit's own, else the form field's of the same key. */
    private String fieldName(String key) {
        return PortalI18n.find(this, "audit.field." + key).orElseGet(() -> word("field.", key));
    }

    /** The name of a code under the prefix, or the code itself where none is given. */
    private String word(String prefix, String code) {
        return code == null ? "" : PortalI18n.orElse(this, prefix + code, code);
    }
}
