package org.csp.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Event propagation: N assessments are created (not timed), then published at a steady rate; for each
 * assessment-published event, the time from the commit of the publishing transaction to the commit of
 * plan-service's consuming transaction (its inbox row and the effect), both PostgreSQL commit timestamps read with
 * JDBC after the run (see {@link #awaitEffects}). Also from the HTTP response (just after the publishing commit), and
 * the services' own clock stamps. Ceiling: the same payloads produced
 * and consumed raw on the same broker, same rate (producer acks=all, idempotent, flushed per send, as the relay).
 */
final class PropagationBench {
    private final Api api;
    private final Raw raw;
    private final String jdbcUrl;
    private final String bootstrap;
    private final int events;
    private final int rate;
    private final String run = Long.toString(System.currentTimeMillis() % 10_000_000, 36);

    PropagationBench(Api api, Raw raw, String jdbcUrl, String bootstrap, int events, int rate) {
        this.api = api;
        this.raw = raw;
        this.jdbcUrl = jdbcUrl;
        this.bootstrap = bootstrap;
        this.events = events;
        this.rate = rate;
    }

    void run() throws Exception {
        System.out.printf("propagation: %d events at %d/s%n", events, rate);
        List<String> ids = createDrafts();
        awaitQuiet();
        Map<String, Instant> responded = publishPaced(ids);
        double[][] latencies = awaitEffects(ids, responded);
        Stats fromCommit = new Stats(latencies[0]);
        Stats fromResponse = new Stats(latencies[1]);
        Stats relay = new Stats(latencies[2]);
        Stats downstream = new Stats(latencies[3]);
        Stats stamps = new Stats(latencies[4]);
        String note = fromCommit.count() + " of " + ids.size() + " events; " + rate + "/s";
        String e2e = "publishing commit -> plan's consuming commit (commit timestamps; see events_with_commit_times)";
        raw.put("propagation", "events_measured", fromCommit.count(), "count", note);
        raw.put("propagation", "e2e_p50_ms", fromCommit.percentile(50), "ms", e2e);
        raw.put("propagation", "e2e_p99_ms", fromCommit.percentile(99), "ms", e2e);
        raw.put("propagation", "e2e_max_ms", fromCommit.max(), "ms", e2e);
        raw.put("propagation", "e2e_from_response_p50_ms", fromResponse.percentile(50), "ms", "HTTP response -> consuming commit (may be < 0)");
        raw.put("propagation", "e2e_from_response_p99_ms", fromResponse.percentile(99), "ms", "HTTP response -> consuming commit");
        raw.put("propagation", "e2e_from_response_max_ms", fromResponse.max(), "ms", "HTTP response -> consuming commit");
        // The services' own stamps, both taken inside their transactions before the commit (processed_at even before
        // the effect is applied): the figure the step reported before it used commit times.
        raw.put("propagation", "stamps_p50_ms", stamps.percentile(50), "ms", "outbox occurred_at -> plan inbox processed_at");
        raw.put("propagation", "stamps_p99_ms", stamps.percentile(99), "ms", "outbox occurred_at -> plan inbox processed_at");
        // Where the time goes: the relay (publishing commit to broker ack) and the rest (broker, plan's consumer, its transaction).
        raw.put("propagation", "relay_p50_ms", relay.percentile(50), "ms", "publishing commit -> outbox sent_at (relay sent and acked)");
        raw.put("propagation", "relay_p99_ms", relay.percentile(99), "ms", "publishing commit -> outbox sent_at");
        raw.put("propagation", "consumer_p50_ms", downstream.percentile(50), "ms", "outbox sent_at -> plan's consuming commit");
        raw.put("propagation", "consumer_p99_ms", downstream.percentile(99), "ms", "outbox sent_at -> plan's consuming commit");
        if (latencies[5].length > 1) {
            double seconds = (latencies[5][1] - latencies[5][0]) / 1e3;
            raw.put("propagation", "consumed_per_s", fromCommit.count() / Math.max(seconds, 1e-3), "1/s",
                    "events / (last consuming commit - first publishing commit): below the publish rate means plan-service's consumer fell behind");
        }
        double[] inOrder = latencies[0];
        int tenth = Math.max(1, inOrder.length / 10);
        raw.put("propagation", "e2e_first_tenth_p50_ms", new Stats(java.util.Arrays.copyOfRange(inOrder, 0, tenth)).percentile(50),
                "ms", "the first 10% of events published: a backlog shows as a rise to the last 10%");
        raw.put("propagation", "e2e_last_tenth_p50_ms", new Stats(java.util.Arrays.copyOfRange(inOrder,
                inOrder.length - tenth, inOrder.length)).percentile(50), "ms", "the last 10% of events published");
        rawKafka(payloads(ids));
    }

    /**
     * Starts from a quiet pipeline: waits (up to 180 s) until plan-service has consumed every assessment-published
     * event already in the outbox (the write benchmark publishes hundreds just before), so no backlog of earlier
     * steps is measured here.
     */
    private void awaitQuiet() throws Exception {
        String sql = "select (select count(*) from assessment.outbox_event where event_type like '%assessment-published%'),"
                + " (select count(*) from plan.inbox_processed_event where event_type like '%assessment-published%')";
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(180);
        try (Connection c = Db.connect(jdbcUrl)) {
            while (true) {
                long published;
                long consumed;
                try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                    r.next();
                    published = r.getLong(1);
                    consumed = r.getLong(2);
                }
                if (consumed >= published || System.nanoTime() > deadline) {
                    System.out.printf("  backlog before publishing: %d of %d earlier events unconsumed after %.1f s wait%n",
                            published - consumed, published, (System.nanoTime() - start) / 1e9);
                    raw.put("propagation", "earlier_backlog_wait_s", (System.nanoTime() - start) / 1e9, "s",
                            (published - consumed) + " earlier events still unconsumed when publishing began");
                    return;
                }
                Thread.sleep(500);
            }
        }
    }

    private List<String> createDrafts() throws Exception {
        Db.seedAreas(jdbcUrl, "p" + run + "-", events);
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < events) {
                    try {
                        ids.add(api.create(Api.assessmentBody("p" + run + "-" + i, 2)));
                    } catch (Exception e) {
                        System.err.println("create failed: " + e.getMessage());
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("  created %d drafts in %.1f s%n", ids.size(), (System.nanoTime() - start) / 1e9);
        return new ArrayList<>(ids);
    }

    /** Publishes at {@code rate} per second from a few threads (each publish is due at start + i / rate). */
    private Map<String, Instant> publishPaced(List<String> ids) throws Exception {
        Map<String, Instant> responded = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        long start = System.nanoTime() + 100_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < ids.size()) {
                    long due = start + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        sleepNanos(wait);
                    } else if (wait < -50_000_000L) {
                        late.incrementAndGet();
                    }
                    try {
                        api.publish(ids.get(i));
                        responded.put(ids.get(i), Instant.now());
                    } catch (Exception e) {
                        System.err.println("publish failed: " + e.getMessage());
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("  published %d in %.1f s (%.1f/s; %d sent over 50 ms late)%n", responded.size(), elapsed,
                responded.size() / elapsed, late.get());
        raw.put("propagation", "publish_rate_achieved", responded.size() / elapsed, "1/s", late.get() + " publishes started >50 ms late");
        return responded;
    }

    /** Per consumed event in publishing order, ms: [0] publishing commit -> consuming commit, [1] HTTP response ->
     * consuming commit, [2] publishing commit -> outbox sent_at (relay), [3] sent_at -> consuming commit (broker and
     * consumer), [4] occurred_at -> processed_at (the services' own clock stamps, both taken before their commits);
     * last: {first publishing commit, last consuming commit} in epoch ms.
     *
     * <p>Commit times are PostgreSQL's own ({@code pg_xact_commit_timestamp(xmin)}, the local stack runs with
     * {@code track_commit_timestamp=on}): the publishing commit is that of assessment's audit row of the publication
     * (written in the publishing transaction, never updated; the outbox row's xmin changes when the relay marks it
     * sent), the consuming commit that of plan's inbox row (written in the transaction that applies the effect).
     * Without commit timestamps the stamps are used instead, and the notes say so. */
    private double[][] awaitEffects(List<String> ids, Map<String, Instant> responded) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Connection c = Db.connect(jdbcUrl)) {
            boolean commitTimes;
            try (PreparedStatement s = c.prepareStatement("select current_setting('track_commit_timestamp')");
                    ResultSet r = s.executeQuery()) {
                r.next();
                commitTimes = "on".equals(r.getString(1));
            }
            String published = commitTimes ? "pg_xact_commit_timestamp(a.xmin)" : "null::timestamptz";
            String consumed = commitTimes ? "pg_xact_commit_timestamp(i.xmin)" : "null::timestamptz";
            String sql = "select o.aggregate_id, o.occurred_at, i.processed_at, o.sent_at, " + published + ", " + consumed
                    + " from assessment.outbox_event o"
                    + " join plan.inbox_processed_event i on i.event_id = o.id::text"
                    + " left join assessment.audit_entry a on a.resource_type = 'strategic-assessment'"
                    + " and a.resource_id = o.aggregate_id and a.action = 'assessment.published'"
                    + " where o.aggregate_id = any(?) and o.event_type like '%assessment-published%' order by o.position";
            Array array = c.createArrayOf("varchar", ids.toArray());
            while (true) {
                List<double[]> rows = new ArrayList<>();
                int stamped = 0;
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setArray(1, array);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            Instant occurred = r.getTimestamp(2).toInstant();
                            Instant processed = r.getTimestamp(3).toInstant();
                            Instant response = responded.get(r.getString(1));
                            Instant sent = r.getTimestamp(4) == null ? processed : r.getTimestamp(4).toInstant();
                            Instant publishCommit = r.getTimestamp(5) == null ? null : r.getTimestamp(5).toInstant();
                            Instant consumeCommit = r.getTimestamp(6) == null ? null : r.getTimestamp(6).toInstant();
                            Instant from = occurred;
                            Instant to = processed;
                            if (publishCommit != null && consumeCommit != null) {
                                from = publishCommit;
                                to = consumeCommit;
                                stamped++;
                            }
                            rows.add(new double[] {
                                    Duration.between(from, to).toNanos() / 1e6,
                                    response == null ? Double.NaN : Duration.between(response, to).toNanos() / 1e6,
                                    Duration.between(from, sent).toNanos() / 1e6,
                                    Duration.between(sent, to).toNanos() / 1e6,
                                    Duration.between(occurred, processed).toNanos() / 1e6,
                                    from.toEpochMilli(), to.toEpochMilli()});
                        }
                    }
                }
                if (rows.size() >= responded.size() || System.nanoTime() > deadline) {
                    if (rows.size() < responded.size()) {
                        System.err.printf("  only %d of %d events reached plan-service within 120 s%n", rows.size(), responded.size());
                        raw.put("propagation", "events_not_consumed", responded.size() - rows.size(), "count", "within 120 s after the last publish");
                    }
                    raw.put("propagation", "events_with_commit_times", stamped, "count", commitTimes
                            ? "events timed commit to commit (pg_xact_commit_timestamp); the rest by occurred_at -> processed_at"
                            : "track_commit_timestamp is off: timed by occurred_at -> processed_at (both before their commits)");
                    double first = Double.MAX_VALUE;
                    double last = 0;
                    for (double[] x : rows) {
                        first = Math.min(first, x[5]);
                        last = Math.max(last, x[6]);
                    }
                    return new double[][] {
                            rows.stream().mapToDouble(x -> x[0]).toArray(),
                            rows.stream().mapToDouble(x -> x[1]).filter(x -> !Double.isNaN(x)).toArray(),
                            rows.stream().mapToDouble(x -> x[2]).toArray(),
                            rows.stream().mapToDouble(x -> x[3]).toArray(),
                            rows.stream().mapToDouble(x -> x[4]).toArray(),
                            rows.isEmpty() ? new double[0] : new double[] {first, last}};
                }
                Thread.sleep(500);
            }
        }
    }

    private List<String> payloads(List<String> ids) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (Connection c = Db.connect(jdbcUrl);
                PreparedStatement s = c.prepareStatement("select payload from assessment.outbox_event where aggregate_id = any(?)"
                        + " and event_type like '%assessment-published%' order by position")) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    payloads.add(r.getString(1));
                }
            }
        }
        return payloads;
    }

    private void rawKafka(List<String> payloads) throws Exception {
        String topic = "bench.propagation." + run;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Properties cp = new Properties();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cp.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + run);
        cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch assigned = new CountDownLatch(1);
        CountDownLatch received = new CountDownLatch(payloads.size());
        Thread consumerThread = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp)) {
                consumer.subscribe(List.of(topic));
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + payloads.size() / Math.max(1, rate));
                while (received.getCount() > 0 && System.nanoTime() < until) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        Long sent = sentAt.get(r.key());
                        if (sent != null) {
                            latencies.add((now - sent) / 1e6);
                            received.countDown();
                        }
                    }
                    if (!consumer.assignment().isEmpty()) {
                        assigned.countDown();
                    }
                }
            }
        }, "bench-consumer");
        consumerThread.start();
        if (!assigned.await(60, TimeUnit.SECONDS)) {
            raw.notMeasured("propagation", "kafka_p99_ms", "ms", "consumer got no partitions in 60 s");
            return;
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp)) {
            long start = System.nanoTime();
            for (int i = 0; i < payloads.size(); i++) {
                long wait = start + (long) (i * 1e9 / rate) - System.nanoTime();
                if (wait > 0) {
                    sleepNanos(wait);
                }
                String key = UUID.randomUUID().toString();
                sentAt.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key, payloads.get(i)));
                producer.flush();
            }
        }
        received.await(60, TimeUnit.SECONDS);
        consumerThread.join(5_000);
        Stats kafka = new Stats(latencies.stream().mapToDouble(Double::doubleValue).toArray());
        String note = kafka.count() + " of " + payloads.size() + " payloads; " + rate + "/s; acks=all; flush per send";
        raw.put("propagation", "kafka_p50_ms", kafka.percentile(50), "ms", note);
        raw.put("propagation", "kafka_p99_ms", kafka.percentile(99), "ms", note);
        raw.put("propagation", "kafka_max_ms", kafka.max(), "ms", note);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the data directory is the benchmark's own
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
