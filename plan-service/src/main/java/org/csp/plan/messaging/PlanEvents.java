package org.csp.plan.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csp.platform.events.EventType;

/** The events plan-service publishes on {@code csp.plan.events}, and their payloads (docs/events.md). */
public final class PlanEvents {

    public static final String PLAN_AGGREGATE = "community-safety-plan";
    public static final String ACTION_AGGREGATE = "action";

    /** DRAFT → RECOMMENDED → ADOPTED → SUPERSEDED, and an adopted plan flagged for refresh. */
    public static final EventType PLAN_STATUS_CHANGED = EventType.of("plan", "plan-status-changed", 1);
    /** The adopted plan's priorities in full, on adoption, supersession and refresh edits. */
    public static final EventType PRIORITIES_CHANGED = EventType.of("plan", "priorities-changed", 1);
    /** A new action of an action plan: which priority it delivers, so grant can check the actions a bid funds. */
    public static final EventType ACTION_CREATED = EventType.of("plan", "action-created", 1);
    public static final EventType ACTION_STATUS_CHANGED = EventType.of("plan", "action-status-changed", 1);

    private PlanEvents() {
    }

    /**
     * {@code refreshFlagged} (the contract names it without a shape): true when the adopted plan was flagged for
     * refresh, then fromStatus = toStatus = ADOPTED and decisionId is null; false on every status change.
     */
    public record PlanStatusChangedV1(UUID planId, String title, LocalDate periodStart, LocalDate periodEnd,
            String fromStatus, String toStatus, UUID decisionId, boolean refreshFlagged) {
    }

    /** {@code areaCode}: the area whose plan it is; each area has its own adopted plan (added to v1, additive). */
    public record PrioritiesChangedV1(UUID planId, String areaCode, String title, String status, List<Priority> priorities) {
        /** In the plan's order. */
        public record Priority(UUID priorityId, String title) {
        }
    }

    public record ActionCreatedV1(UUID actionId, UUID planId, UUID priorityId, String title, String status, LocalDate dueDate) {
    }

    public record ActionStatusChangedV1(UUID actionId, UUID planId, UUID priorityId, String title, String fromStatus,
            String toStatus, LocalDate dueDate) {
    }
}
