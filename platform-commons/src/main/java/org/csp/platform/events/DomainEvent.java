package org.csp.platform.events;

import java.util.Objects;

/**
 * What business code hands to the {@link org.csp.platform.outbox.EventPublisher}: the aggregate it is
 * about (its type and id make {@code ce_subject}), the versioned type, the payload object (serialised as
 * JSON) and the Kafka record {@code key}. The key decides the partition, so events with one key stay in
 * order: by default it is the aggregate id ({@link #of}); an event whose order matters across aggregates
 * is given another key with {@link #keyedBy} (a governance decision is keyed by the plan or bid it
 * decides on, so a RECOMMEND and the later ADOPT of one plan cannot overtake each other).
 */
public record DomainEvent(String aggregateType, String aggregateId, EventType type, String subject, Object payload, String key) {

    public DomainEvent {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("the record key of an event cannot be blank");
        }
    }

    /** An event about {@code aggregateType/aggregateId}, keyed by the aggregate id. */
    public static DomainEvent of(String aggregateType, Object aggregateId, EventType type, Object payload) {
        String id = String.valueOf(aggregateId);
        return new DomainEvent(aggregateType, id, type, aggregateType + "/" + id, payload, id);
    }

    /**
     * The same event (same aggregate, {@code ce_subject} and payload) with another record key: every event
     * with this key goes to one partition, in the order it was recorded.
     */
    public DomainEvent keyedBy(Object key) {
        return new DomainEvent(aggregateType, aggregateId, type, subject, payload, String.valueOf(Objects.requireNonNull(key, "key")));
    }
}
