package org.csp.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csp.platform.events.CloudEventHeaders;
import org.csp.platform.events.EventType;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to the service's topic as CloudEvents, in commit order, and marks them sent only
 * after the broker acknowledged them. It is woken right after a transaction that recorded an event
 * commits, and also polls as a fallback for anything missed (a crash, the broker down).
 *
 * <p>Only one replica sends at a time: each batch runs under a PostgreSQL transaction-scoped advisory
 * lock, so replicas never send the same row at once and the events of one record key (the aggregate id, or
 * the ordering key the event was given) keep their order.
 * Delivery is at least once; consumers drop duplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EventsConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry metrics;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Producer<String, String> producer;
    private Counter sent;
    private Counter failures;

    void onStart(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            return;
        }
        sent = metrics.counter("csp.outbox.sent");
        failures = metrics.counter("csp.outbox.send.failures");
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wake.release();
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventRecorded recorded) {
        wake.release();
    }

    /** Wakes the relay now (tests, or after an outage ends). */
    public void wakeUp() {
        wake.release();
    }

    private void loop() {
        long backoffMs = 0;
        while (running) {
            try {
                if (backoffMs > 0) {
                    Thread.sleep(backoffMs);
                }
                while (running && sendBatch() == config.relay().batchSize()) {
                    // a full batch: more may be waiting
                }
                backoffMs = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                backoffMs = Math.min(Math.max(backoffMs * 2, 250), 5_000);
                LOG.warnf("outbox relay could not send, retrying in %d ms: %s", backoffMs, e.toString());
                continue;
            }
            try {
                wake.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Sends one batch of pending rows; returns how many were sent (0 if another replica holds the lock). */
    int sendBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            // In the same round trip: this transaction only marks rows sent, so its commit need not wait for the
            // WAL flush. A crash of PostgreSQL can lose only the latest such commits (a suffix of the WAL), so
            // what gets sent again is a run of the newest rows, in order: at least once, as before, and no
            // aggregate's events overtake each other. Consumers drop the repeats by event id.
            Object[] lock = (Object[]) em.createNativeQuery("select pg_try_advisory_xact_lock(:key),"
                            + " set_config('synchronous_commit', 'off', true)")
                    .setParameter("key", lockKey()).getSingleResult();
            if (!Boolean.TRUE.equals(lock[0])) {
                return 0;
            }
            List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("sentAt is null order by position")
                    .page(0, config.relay().batchSize()).list();
            if (batch.isEmpty()) {
                return 0;
            }
            Producer<String, String> kafka = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent row : batch) {
                acks.add(kafka.send(toRecord(row)));
            }
            kafka.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
            List<UUID> ids = batch.stream().map(row -> row.id).toList();
            OutboxEvent.update("sentAt = ?1 where id in ?2", clock.instant(), ids);
            sent.increment(batch.size());
            return batch.size();
        });
    }

    ProducerRecord<String, String> toRecord(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, row.id.toString());
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.TYPE, row.eventType);
        header(headers, CloudEventHeaders.TIME, row.occurredAt.toString());
        header(headers, CloudEventHeaders.SUBJECT, row.subject);
        header(headers, CloudEventHeaders.DATA_SCHEMA, EventType.parse(row.eventType).dataSchema());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.ACTOR, row.actorSubject);
        header(headers, CloudEventHeaders.ACTOR_AGENCY, row.actorAgency);
        return new ProducerRecord<>(config.topic(), null, row.aggregateId, row.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private long lockKey() {
        return ("csp-outbox-relay:" + config.service()).hashCode();
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
            props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, config.service() + "-outbox-relay");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }
}
