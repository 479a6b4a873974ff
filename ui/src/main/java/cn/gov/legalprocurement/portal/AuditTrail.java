package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.audit.AuditEvent;
import com.vaadin.flow.component.grid.Grid;
import java.util.Comparator;
import java.util.List;

/** Who did what, when, to which object, with the recorded state: read-only, oldest first. */
public class AuditTrail extends Grid<AuditEvent> {

    public AuditTrail(List<AuditEvent> events) {
        super(AuditEvent.class, false);
        addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        addColumn(AuditEvent::getActor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        addColumn(e -> action(e.getAction())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        addColumn(e -> e.getObjectType() + " #" + e.getObjectId()).setHeader(getTranslation("audit.object")).setAutoWidth(true);
        addColumn(e -> e.getAfterState() == null ? "" : e.getAfterState()).setHeader(getTranslation("audit.details"))
                .setFlexGrow(3).setTooltipGenerator(AuditEvent::getAfterState);
        setItems(events.stream().sorted(Comparator.comparing(AuditEvent::getOccurredAt).thenComparing(AuditEvent::getId)).toList());
        setAllRowsVisible(events.size() <= 30);
        if (events.size() > 30) {
            setHeight("600px");
        }
        addClassName("audit-trail");
        setId("audit-trail");
    }

    private String action(String action) {
        String text = getTranslation("audit." + action);
        return text.startsWith("!") ? action : text;
    }
}
