package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Money a grant bid allocates to an action (from grant-service's bid-approved / allocation-changed events). */
@Entity
@Table(name = "action_funding")
public class ActionFunding extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "action_id", nullable = false)
    public UUID actionId;
    @Column(name = "bid_id", nullable = false)
    public UUID bidId;
    @Column(name = "award_id")
    public UUID awardId;
    @Column(name = "financial_year")
    public String financialYear;
    @Column(name = "bid_title")
    public String bidTitle;
    public String applicant;
    @Column(name = "allocated_pence", nullable = false)
    public long allocatedPence;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
