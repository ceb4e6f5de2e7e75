package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.Actor;

/** A measurable action of an action plan, led by a group or an agency. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "action_plan_id", nullable = false)
    public UUID actionPlanId;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(name = "theme_id", nullable = false)
    public UUID themeId;
    @Column(nullable = false)
    public String title;
    public String description;
    @Column(name = "lead_group_id")
    public UUID leadGroupId;
    @Column(name = "lead_agency")
    public String leadAgency;
    @Column(nullable = false)
    public String owner;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_action_indicator", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "indicator_id")
    public Set<UUID> indicatorIds = new LinkedHashSet<>();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public static PlanAction require(UUID id) {
        PlanAction action = id == null ? null : findById(id);
        if (action == null) {
            throw ApiException.notFound("action", id);
        }
        return action;
    }

    /** Rule: an action cannot be due before it starts. */
    public static void requireDueNotBeforeStart(LocalDate startDate, LocalDate dueDate) {
        if (dueDate.isBefore(startDate)) {
            throw ApiException.invalidField("dueDate", "is " + dueDate + ", before the start date " + startDate);
        }
    }

    /** Rule: an action is led by a sub-group or an agency (or both). */
    public static void requireLead(UUID leadGroupId, String leadAgency) {
        if (leadGroupId == null && (leadAgency == null || leadAgency.isBlank())) {
            throw ApiException.invalidField("leadAgency", "name a lead group (leadGroupId) or a lead agency");
        }
    }

    /** Rule: a partner agency changes only the actions its own agency leads. */
    public void requireMayBeChangedBy(Actor actor) {
        if (!actor.mayActFor(leadAgency)) {
            throw new ApiException(403, "not-your-agency", "Not allowed", "action " + id + " is led by "
                    + (leadAgency == null ? "no agency" : "another agency") + "; a partner agency updates only its own actions");
        }
    }
}
