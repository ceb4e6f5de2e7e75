package org.csp.platform.events;

import java.util.Objects;

/**
 * What business code hands to the {@link org.csp.platform.outbox.EventPublisher}: the aggregate it is
 * about (its id becomes the Kafka record key, so one aggregate's events stay in order), the versioned
 * type and the payload object, serialised as JSON.
 */
public record DomainEvent(String aggregateType, String aggregateId, EventType type, String subject, Object payload) {

    public DomainEvent {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    public static DomainEvent of(String aggregateType, Object aggregateId, EventType type, Object payload) {
        String id = String.valueOf(aggregateId);
        return new DomainEvent(aggregateType, id, type, aggregateType + "/" + id, payload);
    }
}
