package org.csp.grant.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/** An action of a plan's action plan, as plan-service announced it: the priority theme it delivers. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends PanacheEntityBase {
    @Id
    @Column(name = "action_id")
    public UUID actionId;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(name = "priority_id", nullable = false)
    public UUID priorityId;
    public String title;
    /** As plan-service last announced it (NOT_STARTED, IN_PROGRESS, AT_RISK, COMPLETED, CANCELLED); null if never. */
    public String status;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A bid may fund the action only when the action delivers one of the priorities the bid names. */
    public boolean deliversOneOf(Collection<UUID> priorityIds) {
        return priorityIds.contains(priorityId);
    }

    /** A cancelled action will not be delivered, so no bid funds it. */
    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }
}
