package org.csp.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.csp.platform.events.DomainEvent;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;

/**
 * What business code calls to publish: it only records the event in the outbox, inside the caller's
 * transaction. If that transaction rolls back, nothing is ever sent.
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    CurrentActor currentActor;
    @Inject
    Event<OutboxEventRecorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateType = event.aggregateType();
        row.aggregateId = event.key();
        row.eventType = event.type().wire();
        row.subject = event.subject();
        row.payload = toJson(event.payload());
        Actor actor = currentActor.get();
        row.actorSubject = actor.subject();
        row.actorAgency = actor.agency();
        row.occurredAt = clock.instant();
        row.persist();
        recorded.fire(new OutboxEventRecorded(row.id));
        return row.id;
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON", e);
        }
    }
}
