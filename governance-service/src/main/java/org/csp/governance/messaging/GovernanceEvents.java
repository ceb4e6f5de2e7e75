package org.csp.governance.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.csp.platform.events.EventType;

/** The events governance-service publishes on {@code csp.governance.events}, and their payloads (docs/events.md). */
public final class GovernanceEvents {

    /** A resolution was passed; it is not yet in effect. */
    public static final EventType DECISION_RECORDED = EventType.of("governance", "decision-recorded", 1);
    /** The referral window closed without a valid referral (or the decision was exempt): others may act on it now. */
    public static final EventType DECISION_EFFECTIVE = EventType.of("governance", "decision-effective", 1);
    /** A valid referral was made: the decision goes to the named body and does not take effect. */
    public static final EventType DECISION_REFERRED = EventType.of("governance", "decision-referred", 1);

    public static final String AGGREGATE = "decision";

    private GovernanceEvents() {
    }

    /** The payload shared by the three decision events; {@code referredTo} only on decision-referred. */
    public record DecisionEventV1(UUID decisionId, UUID meetingId, LocalDate meetingDate, String bodyName,
            String minuteNumber, String resolution, String outcome, Subject subject, String action,
            LocalDate referralDeadline, Instant effectiveAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String referredTo) {
    }

    public record Subject(String type, UUID id) {
    }
}
