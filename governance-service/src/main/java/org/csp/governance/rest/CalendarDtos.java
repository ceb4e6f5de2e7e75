package org.csp.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.csp.governance.domain.CalendarSubscription;
import org.csp.governance.domain.SubscriptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for calendar subscriptions (secret feed addresses for calendar applications). */
public final class CalendarDtos {
    private CalendarDtos() {
    }

    static final String FEEDS = "/api/v1/calendar-feeds/";

    @Schema(name = "CreateCalendarSubscription", description = "A secret address of the iCalendar feed for one calendar application")
    public record CreateCalendarSubscription(
            @NotBlank @Size(max = 200) @Schema(description = "Where it is used, to recognise it later", example = "Outlook on my council laptop")
            String label,
            @Schema(description = "Only this body's meetings, deadlines and obligations; without it, every body's "
                    + "(obligations only for the roles that may read them)",
                    example = "5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01") UUID bodyId) {
    }

    @Schema(name = "CalendarSubscription", requiredProperties = {"id", "owner", "label", "bodyId", "withObligations", "status", "createdAt", "expiresAt", "revokedAt", "lastFetchedAt"},
            description = "A secret feed address (the address itself is shown only when it is made)")
    public record CalendarSubscriptionView(UUID id, @Schema(description = "The token subject of the person it belongs to") String owner,
            String label, @Schema(nullable = true) UUID bodyId,
            @Schema(description = "Whether the feed shows obligations' due dates: its owner could read obligations when it was made "
                    + "(not partner agencies)") boolean withObligations,
            SubscriptionStatus status, Instant createdAt, Instant expiresAt, @Schema(nullable = true) Instant revokedAt,
            @Schema(nullable = true, description = "When a calendar application last fetched the feed, to the minute (recorded at most once a "
                    + "minute); null if never") Instant lastFetchedAt) {
        public static CalendarSubscriptionView of(CalendarSubscription s, Instant now) {
            return new CalendarSubscriptionView(s.id, s.ownerSubject, s.label, s.bodyId, s.withObligations,
                    s.statusAt(now), s.createdAt, s.expiresAt, s.revokedAt, s.lastFetchedAt);
        }
    }

    @Schema(name = "IssuedCalendarSubscription", requiredProperties = {"subscription", "feedPath"},
            description = "A new subscription and its secret feed address: shown this once, kept nowhere")
    public record IssuedCalendarSubscription(CalendarSubscriptionView subscription,
            @Schema(description = "Give this address, after the API's base URL, to the calendar application; anyone holding it can read the feed until it expires or is revoked",
                    example = "/api/v1/calendar-feeds/q3Vx8bK0mZ1n4Yt7Rw2sLp9cHd6fJa5Ge0UiOk3NyQ4.ics") String feedPath) {
    }
}
