package org.csp.grant.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a bid's lifecycle: from which status to which, why, who and when. */
@Entity
@Table(name = "bid_transition")
public class BidTransition extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "bid_id", nullable = false)
    public UUID bidId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public BidStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public BidStatus toStatus;
    public String reason;
    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;
    @Column(name = "actor_agency")
    public String actorAgency;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
