package org.csp.grant.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A priority theme of a Community Safety Plan, as plan-service announced it; current while its plan is adopted,
 * and only for its plan's area (each area has its own adopted plan).
 */
@Entity
@Table(name = "plan_priority")
public class PlanPriority extends PanacheEntityBase {
    @Id
    @Column(name = "priority_id")
    public UUID priorityId;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    /** Null for a priority announced before events named the area; it matches no award that has an area. */
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "plan_title")
    public String planTitle;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public boolean current;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A bid under the award may name this priority: it is current, and its plan is the award's area's. */
    public boolean deliverableUnder(GrantAward award) {
        return current && (award.areaCode == null || award.areaCode.equals(areaCode));
    }
}
