package org.csp.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.csp.platform.outbox.EventsConfig;
import org.csp.platform.problem.ApiException;
import org.csp.platform.problem.Failures;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;
import org.jboss.logging.Logger;

/**
 * The transactional half of an idempotent consumer. A transport adapter ({@code @Incoming}) hands each
 * record here. In one transaction it records the event id first (the primary key is the guard against a
 * second delivery) and then applies the effect, so a redelivered event has no second effect.
 *
 * <p>Failures: a message that can never succeed (bad envelope or JSON, unknown version, a broken business
 * rule) is thrown as {@link PoisonMessageException}, which the channel's dead-letter strategy sends to the
 * dead-letter topic with the reason. A database outage is waited out (the record is not acknowledged, so
 * nothing is lost). Any other failure is retried a few times, then dead-lettered.
 */
@ApplicationScoped
public class InboxProcessor {

    private static final Logger LOG = Logger.getLogger(InboxProcessor.class);
    private static final int UNEXPECTED_FAILURE_ATTEMPTS = 3;
    private static final Duration MAX_OUTAGE_WAIT = Duration.ofMinutes(30);

    @Inject
    ObjectMapper json;
    @Inject
    EventsConfig config;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry metrics;

    public enum Outcome { APPLIED, DUPLICATE, IGNORED }

    public Outcome process(ConsumerRecord<String, String> record, EventRouter router) {
        IncomingEvent event = IncomingEvent.from(record, json);
        Consumer<IncomingEvent> effect = router.route(event);
        if (effect == null) {
            count("ignored");
            return Outcome.IGNORED;
        }
        long waitMs = 200;
        long waitedMs = 0;
        int unexpected = 0;
        while (true) {
            try {
                Outcome outcome = applyOnce(event, effect);
                count(outcome == Outcome.APPLIED ? "applied" : "duplicate");
                return outcome;
            } catch (RuntimeException e) {
                PoisonMessageException poison = Failures.causeOf(e, PoisonMessageException.class);
                if (poison != null) {
                    count("poison");
                    throw poison;
                }
                ApiException refused = Failures.causeOf(e, ApiException.class);
                if (refused != null && refused.status() < 500) {
                    count("poison");
                    throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") refused: "
                            + refused.getMessage(), e);
                }
                if (Failures.isDatabaseUnavailable(e) && waitedMs < MAX_OUTAGE_WAIT.toMillis()) {
                    LOG.warnf("database unavailable while consuming %s; retrying in %d ms", event.id(), waitMs);
                } else if (++unexpected >= UNEXPECTED_FAILURE_ATTEMPTS) {
                    count("failed");
                    throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") failed "
                            + unexpected + " times: " + e, e);
                } else {
                    LOG.warnf(e, "consuming %s failed (attempt %d)", event.id(), unexpected);
                }
                sleep(waitMs);
                waitedMs += waitMs;
                waitMs = Math.min(waitMs * 2, 5_000);
            }
        }
    }

    private Outcome applyOnce(IncomingEvent event, Consumer<IncomingEvent> effect) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery("insert into inbox_processed_event"
                            + " (consumer, event_id, event_type, processed_at) values (:consumer, :id, :type, :at)"
                            + " on conflict do nothing")
                    .setParameter("consumer", config.service())
                    .setParameter("id", event.id())
                    .setParameter("type", event.type().wire())
                    .setParameter("at", clock.instant())
                    .executeUpdate();
            if (inserted == 0) {
                return Outcome.DUPLICATE;
            }
            Actor actor = event.actor() == null ? Actor.SYSTEM : new Actor(event.actor(), event.actorAgency(), Set.of());
            CurrentActor.actingAs(actor, () -> {
                effect.accept(event);
                return null;
            });
            return Outcome.APPLIED;
        });
    }

    private void count(String outcome) {
        metrics.counter("csp.inbox.events", "outcome", outcome).increment();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
