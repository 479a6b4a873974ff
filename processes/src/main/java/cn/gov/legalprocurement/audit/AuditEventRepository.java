package cn.gov.legalprocurement.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: entries can be added and read, never changed or removed. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);

    List<AuditEvent> findByActorOrderByIdAsc(String actor);

    long count();
}
