package org.csp.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Write API: creates (assessment + priorities + audit row) and publishes (update + outbox row + audit row) per
 * second through the API, beside plain JDBC transactions writing the same rows into tables of the same shape
 * (schema {@code bench}, created with {@code LIKE ... INCLUDING ALL}) in the same run, same number of clients.
 * Phases alternate API / JDBC so drift in the machine's load hits both.
 */
final class WriteBench {
    private static final int PRIORITIES = 2;
    /** Areas registered before the API creates (one assessment per area and year): more than a phase can use. */
    private static final int AREAS = 100_000;

    private final Api api;
    private final Raw raw;
    private final String jdbcUrl;
    private final int clients;
    private final int seconds;
    private final String run = Long.toString(System.currentTimeMillis() % 10_000_000, 36);

    WriteBench(Api api, Raw raw, String jdbcUrl, int clients, int seconds) {
        this.api = api;
        this.raw = raw;
        this.jdbcUrl = jdbcUrl;
        this.clients = clients;
        this.seconds = seconds;
    }

    void run() throws Exception {
        prepareBenchSchema();
        Db.seedAreas(jdbcUrl, "w" + run + "-", AREAS);
        System.out.printf("write: %d clients, %d s per phase%n", clients, seconds);
        ConcurrentLinkedQueue<String> apiIds = new ConcurrentLinkedQueue<>();
        double apiCreates = timed("api-create", i -> apiIds.add(i >= AREAS ? exhausted() : api.create(Api.assessmentBody("w" + run + "-" + i, PRIORITIES))));
        ConcurrentLinkedQueue<UUID> jdbcIds = new ConcurrentLinkedQueue<>();
        double jdbcCreates = timedJdbc("jdbc-create", (c, i) -> jdbcIds.add(jdbcCreate(c, "w" + run + "-" + i)));
        double apiPublishes = timed("api-publish", i -> {
            String id = apiIds.poll();
            if (id == null) {
                throw new Exhausted();
            }
            api.publish(id);
        });
        double jdbcPublishes = timedJdbc("jdbc-publish", (c, i) -> {
            UUID id = jdbcIds.poll();
            if (id == null) {
                throw new Exhausted();
            }
            jdbcPublish(c, id);
        });
        raw.put("write", "api_creates_per_s", apiCreates, "1/s", clients + " clients; each with its audit row");
        raw.put("write", "jdbc_creates_per_s", jdbcCreates, "1/s", "same rows; plain JDBC; one transaction each");
        raw.put("write", "api_publishes_per_s", apiPublishes, "1/s", "each with its outbox and audit rows");
        raw.put("write", "jdbc_publishes_per_s", jdbcPublishes, "1/s", "same rows; plain JDBC");
    }

    interface Op {
        void run(int i) throws Exception;
    }

    interface JdbcOp {
        void run(Connection c, int i) throws Exception;
    }

    private static String exhausted() {
        throw new Exhausted();
    }

    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    private double timed(String phase, Op op) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastEnd = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        op.run(next.getAndIncrement());
                        ok.incrementAndGet();
                    } catch (Exhausted e) {
                        return;
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) {
                            System.err.println(phase + ": " + e.getMessage());
                        }
                    }
                    lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (Math.max(lastEnd.get(), start + 1) - start) / 1e9;
        double rate = ok.get() / elapsed;
        System.out.printf("  %-13s %7d ok %5d failed in %.1f s = %.1f/s%n", phase, ok.get(), failed.get(), elapsed, rate);
        if (failed.get() > 0) {
            raw.put("write", phase.replace('-', '_') + "_failures", failed.get(), "count", "requests that did not succeed");
        }
        return rate;
    }

    private double timedJdbc(String phase, JdbcOp op) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Connection c = Db.connect(jdbcUrl);
            c.setAutoCommit(false);
            connections.add(c);
        }
        ConcurrentLinkedQueue<Connection> pool = new ConcurrentLinkedQueue<>(connections);
        ThreadLocal<Connection> mine = ThreadLocal.withInitial(pool::poll);
        try {
            return timed(phase, i -> {
                Connection c = mine.get();
                try {
                    op.run(c, i);
                    c.commit();
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private void prepareBenchSchema() throws Exception {
        try (Connection c = Db.connect(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("create schema if not exists bench");
            s.execute("drop table if exists bench.recommended_priority, bench.strategic_assessment, bench.outbox_event,"
                    + " bench.audit_entry");
            s.execute("create table bench.strategic_assessment (like assessment.strategic_assessment including all)");
            s.execute("create table bench.recommended_priority (like assessment.recommended_priority including all)");
            s.execute("alter table bench.recommended_priority add foreign key (assessment_id)"
                    + " references bench.strategic_assessment (id) on delete cascade");
            s.execute("create table bench.outbox_event (like assessment.outbox_event including all)");
            s.execute("create table bench.audit_entry (like assessment.audit_entry including all)");
        }
    }

    private static UUID jdbcCreate(Connection c, String areaCode) throws Exception {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = c.prepareStatement("insert into bench.strategic_assessment (id, area_code, financial_year,"
                + " title, status, published_at, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, areaCode);
            s.setString(3, "2019-20");
            s.setString(4, "Strategic Assessment 2019-20");
            s.setString(5, "DRAFT");
            s.setTimestamp(6, null);
            s.setTimestamp(7, now);
            s.setLong(8, 0);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into bench.recommended_priority (id, assessment_id, position,"
                + " title, rationale) values (?, ?, ?, ?, ?)")) {
            for (int p = 1; p <= PRIORITIES; p++) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, id);
                s.setInt(3, p);
                s.setString(4, "Protecting our communities against serious, violent and organised crime");
                s.setString(5, "Violent crime and sexual offences rose year on year in the borough");
                s.addBatch();
            }
            s.executeBatch();
        }
        audit(c, id, "assessment.created", Api.assessmentBody(areaCode, PRIORITIES), now);
        return id;
    }

    private static void jdbcPublish(Connection c, UUID id) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = c.prepareStatement("update bench.strategic_assessment set status = 'PUBLISHED',"
                + " published_at = ?, version = version + 1 where id = ? and version = 0")) {
            s.setTimestamp(1, now);
            s.setObject(2, id);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no draft " + id);
            }
        }
        try (PreparedStatement s = c.prepareStatement("insert into bench.outbox_event (id, aggregate_type, aggregate_id,"
                + " event_type, subject, payload, actor_subject, actor_agency, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, "strategic-assessment");
            s.setString(3, id.toString());
            s.setString(4, "csp.assessment.assessment-published.v1");
            s.setString(5, id.toString());
            s.setString(6, "{\"assessmentId\":\"" + id + "\",\"areaCode\":\"bench\",\"financialYear\":\"2019-20\","
                    + "\"title\":\"Strategic Assessment 2019-20\",\"publishedAt\":\"" + now.toInstant() + "\",\"priorities\":"
                    + Api.assessmentBody("x", PRIORITIES).replaceAll(".*\"priorities\":", "").replaceAll("}$", "") + "}");
            s.setString(7, "officer@csp.local");
            s.setString(8, null);
            s.setTimestamp(9, now);
            s.executeUpdate();
        }
        audit(c, id, "assessment.published", null, now);
    }

    private static void audit(Connection c, UUID id, String action, String changes, Timestamp at) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into bench.audit_entry (id, occurred_at, actor_subject,"
                + " actor_agency, action, resource_type, resource_id, changes) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setTimestamp(2, at);
            s.setString(3, "officer@csp.local");
            s.setString(4, null);
            s.setString(5, action);
            s.setString(6, "strategic-assessment");
            s.setString(7, id.toString());
            s.setString(8, changes);
            s.executeUpdate();
        }
    }
}
