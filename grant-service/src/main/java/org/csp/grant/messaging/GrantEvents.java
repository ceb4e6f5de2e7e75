package org.csp.grant.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csp.platform.events.EventType;

/** The events grant-service publishes on {@code csp.grant.events}, and their payloads (docs/events.md). */
public final class GrantEvents {

    public static final String AWARD = "grant-award";
    public static final String BID = "grant-bid";

    /** A grant award was recorded with its obligations (read by governance for the obligation calendar). */
    public static final EventType AWARD_CREATED = EventType.of("grant", "award-created", 1);
    /** A bid was approved with an allocation (read by plan to link funded actions). */
    public static final EventType BID_APPROVED = EventType.of("grant", "bid-approved", 1);
    /** An approved bid's allocation changed (changed by an officer, or released when the bid was withdrawn). */
    public static final EventType ALLOCATION_CHANGED = EventType.of("grant", "allocation-changed", 1);
    /** A bid moved from one status to another. */
    public static final EventType BID_STATUS_CHANGED = EventType.of("grant", "bid-status-changed", 1);
    /** Money was drawn from an award's tactical pot. */
    public static final EventType TACTICAL_POT_DRAWN = EventType.of("grant", "tactical-pot-drawn", 1);

    private GrantEvents() {
    }

    public record AwardCreatedV1(UUID awardId, String funder, String recipient, String areaCode, String financialYear, long amountPence,
            long tacticalPotPence, List<ObligationV1> obligations) {
    }

    public record ObligationV1(String code, String description, LocalDate dueDate) {
    }

    public record BidApprovedV1(UUID bidId, UUID awardId, String financialYear, String title, String applicant,
            long allocatedPence, List<UUID> priorityIds, List<UUID> actionIds) {
    }

    public record AllocationChangedV1(UUID bidId, UUID awardId, long previousPence, long allocatedPence, List<UUID> actionIds) {
    }

    public record BidStatusChangedV1(UUID bidId, UUID awardId, String fromStatus, String toStatus, String reason) {
    }

    public record TacticalPotDrawnV1(UUID awardId, UUID drawId, long amountPence, long remainingPence, String reason,
            String approvedBy) {
    }
}
