package org.csp.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One write: who (subject and agency), when, what action on which resource, and what changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;
    @Column(name = "actor_agency")
    public String actorAgency;
    @Column(nullable = false)
    public String action;
    @Column(name = "resource_type", nullable = false)
    public String resourceType;
    @Column(name = "resource_id", nullable = false)
    public String resourceId;
    public String changes;
}
