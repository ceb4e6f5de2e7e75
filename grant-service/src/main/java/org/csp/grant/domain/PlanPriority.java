package org.csp.grant.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A priority theme of a Community Safety Plan, as plan-service announced it; current while its plan is adopted. */
@Entity
@Table(name = "plan_priority")
public class PlanPriority extends PanacheEntityBase {
    @Id
    @Column(name = "priority_id")
    public UUID priorityId;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(name = "plan_title")
    public String planTitle;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public boolean current;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
