package cn.gov.legalprocurement.audit;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail inside the caller's transaction, so an action and its audit entry are
 * saved together or not at all.
 */
@Service
public class AuditLog {

    /** The actor name used for steps the engine takes on its own (timers, service tasks). */
    public static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final PortalClock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public AuditLog(AuditEventRepository events, PortalClock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records a step on an object; the object's type is named by its class (its simple name is stored). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Actor actor, String action, Class<?> objectType, Object objectId, Object before, Object after) {
        record(actor == null ? SYSTEM : actor.username(), action, objectType, objectId, before, after);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, Class<?> objectType, Object objectId, Object before, Object after) {
        record(actor, action, objectType.getSimpleName(), objectId, before, after);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    void record(String actor, String action, String objectType, Object objectId, Object before, Object after) {
        events.save(new AuditEvent(clock.now(), actor, action, objectType, String.valueOf(objectId),
                toJson(before), toJson(after)));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> trail(Class<?> objectType, Object objectId) {
        return events.findByObjectTypeAndObjectIdOrderByIdAsc(objectType.getSimpleName(), String.valueOf(objectId));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> byActor(String actor) {
        return events.findByActorOrderByIdAsc(actor);
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            String text = json.writeValueAsString(state);
            return text.length() > 8000 ? text.substring(0, 7990) + "…" : text;
        } catch (JsonProcessingException e) {
            return String.valueOf(state);
        }
    }
}
