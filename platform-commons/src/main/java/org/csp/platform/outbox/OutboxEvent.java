package org.csp.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event recorded in the same transaction as the change it describes, waiting for the relay. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    /** Assigned by the database on insert; the relay sends in this order. */
    @Column(insertable = false, updatable = false)
    public Long position;
    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;
    /**
     * The Kafka record key: the aggregate id, unless the event was given another ordering key
     * ({@link org.csp.platform.events.DomainEvent#keyedBy}); the aggregate itself is in {@link #subject}.
     */
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    public String subject;
    @Column(nullable = false)
    public String payload;
    @Column(name = "actor_subject")
    public String actorSubject;
    @Column(name = "actor_agency")
    public String actorAgency;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "sent_at")
    public Instant sentAt;
}
