package org.csp.governance.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.csp.governance.config.GovernanceConfig;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.CalendarSubscription;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;
import org.csp.platform.security.Roles;

/**
 * Secret feed addresses for calendar applications. The secret is 256 random bits, shown once; the database keeps
 * only its SHA-256, so a copy of the database does not open anyone's feed.
 */
@ApplicationScoped
public class CalendarSubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    @Inject
    Clock clock;
    @Inject
    CurrentActor actor;
    @Inject
    AuditTrail audit;
    @Inject
    GovernanceConfig config;
    @Inject
    EntityManager em;
    @Inject
    CalendarFeed feed;

    /** A new subscription and the secret of its address, which is not kept anywhere. */
    public record Issued(CalendarSubscription subscription, String secret) {
    }

    @Transactional
    public Issued create(String label, UUID bodyId) {
        Actor caller = actor.get();
        String owner = caller.subject();
        if (bodyId != null && Body.findById(bodyId) == null) {
            throw Body.unknown(bodyId).with("bodyId", bodyId);
        }
        Instant now = clock.instant();
        // One person's creates queue here, so two at once cannot both pass the limit.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('calendar-subscription:' || ?1))")
                .setParameter(1, owner).getSingleResult();
        long active = CalendarSubscription.count("ownerSubject = :owner and revokedAt is null and expiresAt > :now",
                Parameters.with("owner", owner).and("now", now));
        int limit = config.calendar().maxSubscriptionsPerPerson();
        if (active >= limit) {
            throw ApiException.rule("subscription-limit",
                    "you already have " + active + " active calendar subscriptions, the most one person may hold; revoke one first")
                    .with("limit", limit);
        }
        String secret = newSecret();
        CalendarSubscription s = new CalendarSubscription();
        s.id = UUID.randomUUID();
        s.ownerSubject = owner;
        s.label = label.strip();
        s.bodyId = bodyId;
        s.withObligations = CalendarFeed.mayReadObligations(caller);
        s.tokenHash = hash(secret);
        s.createdAt = now;
        s.expiresAt = now.plus(config.calendar().subscriptionValidity());
        s.persist();
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("label", s.label);
        recorded.put("bodyId", bodyId);
        recorded.put("withObligations", s.withObligations);
        recorded.put("expiresAt", s.expiresAt.toString());
        audit.record("calendar-subscription", s.id, "calendar-subscription.created", recorded);
        return new Issued(s, secret);
    }

    /** The owner's subscription, or any for an administrator; someone else's is "not found", as if it did not exist. */
    public CalendarSubscription requireVisible(UUID id) {
        CalendarSubscription s = CalendarSubscription.findById(id);
        Actor caller = actor.get();
        if (s == null || !(caller.hasRole(Roles.ADMIN) || s.ownerSubject.equals(caller.subject()))) {
            throw ApiException.notFound("calendar subscription", id);
        }
        return s;
    }

    /** Revoking is idempotent: a revoked subscription stays revoked from its first revocation. */
    @Transactional
    public CalendarSubscription revoke(UUID id) {
        CalendarSubscription s = requireVisible(id);
        if (s.revokedAt == null) {
            s.revoke(clock.instant());
            audit.record("calendar-subscription", s.id, "calendar-subscription.revoked", Map.of("owner", s.ownerSubject));
        }
        return s;
    }

    /**
     * The feed behind a secret address, if the address is known and still active. The fetch is recorded (lastFetchedAt) at most
     * once a minute, by a conditional UPDATE after the feed is rendered: most fetches write nothing, and of simultaneous fetches
     * one writes and the others find the row already recent.
     */
    @Transactional
    public Optional<String> feedFor(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<CalendarSubscription> found = CalendarSubscription.<CalendarSubscription>find("tokenHash", hash(secret))
                .firstResultOptional().filter(s -> s.isActiveAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CalendarSubscription s = found.get();
        String ics = feed.render(s.bodyId, null, null, s.withObligations);
        if (s.fetchWorthRecordingAt(now)) {
            em.createNativeQuery("UPDATE calendar_subscription SET last_fetched_at = ?1 WHERE id = ?2"
                    + " AND (last_fetched_at IS NULL OR last_fetched_at <= ?3)")
                    .setParameter(1, now).setParameter(2, s.id).setParameter(3, now.minus(CalendarSubscription.FETCH_RECORDED_EVERY))
                    .executeUpdate();
        }
        return Optional.of(ics);
    }

    private static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
