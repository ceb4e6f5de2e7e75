package org.csp.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;

/** Records writes in the same transaction as the write itself, attributed to the current actor. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    CurrentActor currentActor;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /**
     * @param changes what changed: usually the request that was applied, or a map of field to new value
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resourceType, Object resourceId, String action, Object changes) {
        Actor actor = currentActor.get();
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = clock.instant();
        entry.actorSubject = actor.subject();
        entry.actorAgency = actor.agency();
        entry.action = action;
        entry.resourceType = resourceType;
        entry.resourceId = String.valueOf(resourceId);
        entry.changes = toJson(changes);
        entry.persist();
    }

    private String toJson(Object changes) {
        if (changes == null) {
            return null;
        }
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            return String.valueOf(changes);
        }
    }
}
