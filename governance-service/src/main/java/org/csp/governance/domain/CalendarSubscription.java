package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's secret address for the iCalendar feed, for calendar applications that cannot send a bearer token.
 * The secret itself is never stored, only its hash; it works until it expires or its owner (or an
 * administrator) revokes it.
 */
@Entity
@Table(name = "calendar_subscription")
public class CalendarSubscription extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;
    @Column(nullable = false)
    public String label;
    @Column(name = "body_id")
    public UUID bodyId;
    /** Whether its owner could read obligations when it was made: only then does its feed show their due dates. */
    @Column(name = "with_obligations", nullable = false)
    public boolean withObligations;
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    /** When its feed was last fetched, to the minute: see {@link #FETCH_RECORDED_EVERY}. */
    @Column(name = "last_fetched_at")
    public Instant lastFetchedAt;

    /** A fetch is recorded at most this often, so calendar applications polling a feed do not turn every read into a write. */
    public static final java.time.Duration FETCH_RECORDED_EVERY = java.time.Duration.ofMinutes(1);

    /** Whether a fetch now is worth writing down: the first, or the first a minute or more after the last recorded. */
    public boolean fetchWorthRecordingAt(Instant now) {
        return lastFetchedAt == null || !now.isBefore(lastFetchedAt.plus(FETCH_RECORDED_EVERY));
    }

    /** The feed answers only while this is true. */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public SubscriptionStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return SubscriptionStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? SubscriptionStatus.ACTIVE : SubscriptionStatus.EXPIRED;
    }

    /** Revoking twice keeps the first moment. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
