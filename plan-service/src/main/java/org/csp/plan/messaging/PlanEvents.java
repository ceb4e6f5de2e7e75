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
    public static final EventType ACTION_STATUS_CHANGED = EventType.of("plan", "action-status-changed", 1);

    private PlanEvents() {
    }

    /**
     * {@code refreshFlagged} and {@code refreshReasons} are optional additions: true (with the reasons) when a later
     * assessment flagged the adopted plan for refresh; then fromStatus = toStatus = ADOPTED.
     */
    public record PlanStatusChangedV1(UUID planId, String title, LocalDate periodStart, LocalDate periodEnd,
            String fromStatus, String toStatus, UUID decisionId, boolean refreshFlagged, List<String> refreshReasons) {
    }

    public record PrioritiesChangedV1(UUID planId, String title, String status, List<Priority> priorities) {
        /** {@code position} and {@code leadGroupId} are optional additions to the contract's priorityId and title. */
        public record Priority(UUID priorityId, String title, int position, UUID leadGroupId) {
        }
    }

    public record ActionStatusChangedV1(UUID actionId, UUID planId, UUID priorityId, String title, String fromStatus,
            String toStatus, LocalDate dueDate) {
    }
}
