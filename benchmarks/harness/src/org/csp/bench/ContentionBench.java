package org.csp.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contention: --clients (200) draws from one award's tactical pot, all released at the same instant, through
 * {@code POST /api/v1/awards/{id}/tactical-draws} of the grant service. The pot holds only --fit (150) draws, so
 * the rest must be refused (422) and the pot never overspent. Figures: successful draws per second (from the
 * release to the last answer) and whether the final balance is exact, checked twice: the award's
 * tacticalPotRemainingPence and the sum of the stored draws. Ceiling: the same draws as plain JDBC transactions
 * (lock the award row, check, insert the draw, update the award, outbox and audit rows) on tables created LIKE
 * the service's, with as many connections as the service's pool (--pool, 20), same clients, same release.
 */
final class ContentionBench {
    private static final long AMOUNT = 2_500; // £25.00 per draw
    private static final Pattern REMAINING = Pattern.compile("\"tacticalPotRemainingPence\"\\s*:\\s*(-?\\d+)");

    private ContentionBench() {
    }

    static void run(Args args, Raw raw) throws Exception {
        int clients = args.integer("clients", 200);
        int fit = args.integer("fit", 150);
        String jdbc = args.get("jdbc", Db.URL);
        Api api = new Api(args.get("base", "http://127.0.0.1:8083"), Api.token(args.get("issuer", "http://127.0.0.1:8079/token")));
        long pot = fit * AMOUNT;
        String awardId = createAward(api, pot);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        String drawUrl = api.base + "/api/v1/awards/" + awardId + "/tactical-draws";
        double seconds = releaseTogether(clients, n -> {
            HttpResponse<String> r = api.postJson(drawUrl, "{\"amountPence\":" + AMOUNT + ",\"reason\":\"Benchmark draw " + n
                    + ": extra patrols after a spate of burglaries\",\"approvedBy\":\"Community Protection Manager\"}");
            count(r.statusCode() == 201, r.statusCode() == 422, ok, refused, errors);
        });
        Matcher m = REMAINING.matcher(api.get(api.base + "/api/v1/awards/" + awardId));
        long remaining = m.find() ? Long.parseLong(m.group(1)) : Long.MIN_VALUE;
        long stored = storedDraws(jdbc, awardId);
        boolean exact = remaining == pot - ok.get() * AMOUNT && stored == ok.get() * AMOUNT && remaining >= 0 && errors.get() == 0;
        raw.put("contention", "draws_per_s", ok.get() / seconds, "1/s", ok.get() + " drawn, " + refused.get()
                + " refused (422), " + errors.get() + " other answers; " + clients + " clients released together; pot of " + fit + " draws");
        raw.put("contention", "balance_exact", exact ? 1 : 0, "bool", "pot " + pot + ", remaining " + remaining + ", stored draws "
                + stored + ", drawn " + ok.get() + " x " + AMOUNT + " pence");

        AtomicInteger jdbcOk = new AtomicInteger();
        AtomicInteger jdbcRefused = new AtomicInteger();
        AtomicInteger jdbcErrors = new AtomicInteger();
        int pool = args.integer("pool", 20);
        try (JdbcDraws ceiling = new JdbcDraws(jdbc, pool, pot)) {
            double jdbcSeconds = releaseTogether(clients, n -> {
                boolean drawn = ceiling.draw(n);
                count(drawn, !drawn, jdbcOk, jdbcRefused, jdbcErrors);
            });
            raw.put("contention", "jdbc_draws_per_s", jdbcOk.get() / jdbcSeconds, "1/s", jdbcOk.get() + " drawn, " + jdbcRefused.get()
                    + " refused, " + jdbcErrors.get() + " errors; plain JDBC, " + pool + " connections, same rows");
        }
    }

    interface Draw {
        void run(int n) throws Exception;
    }

    private static void count(boolean drawn, boolean refusal, AtomicInteger ok, AtomicInteger refused, AtomicInteger errors) {
        (drawn ? ok : refusal ? refused : errors).incrementAndGet();
    }

    /** Runs one draw per client, all released by one latch; seconds from the release to the last answer. */
    private static double releaseTogether(int clients, Draw draw) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    draw.run(n);
                } catch (Exception e) {
                    System.err.println("contention: draw " + n + " failed: " + e);
                }
            });
            t.start();
            threads.add(t);
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String createAward(Api api, long pot) throws Exception {
        HttpResponse<String> r = api.postJson(api.base + "/api/v1/awards", "{\"funder\":\"Kent Police and Crime Commissioner\","
                + "\"recipient\":\"Benchmark partnership " + UUID.randomUUID() + "\",\"areaCode\":\"benchmark\",\"financialYear\":\"2019-20\","
                + "\"amountPence\":" + (pot * 8) + ",\"tacticalPotPence\":" + pot + ",\"conditions\":\"Benchmark award\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("creating the award answered " + r.statusCode() + ": " + r.body());
        }
        return Api.id(r.body());
    }

    private static long storedDraws(String jdbc, String awardId) throws Exception {
        try (Connection c = Db.connect(jdbc);
                PreparedStatement s = c.prepareStatement("select coalesce(sum(amount_pence), 0) from grants.tactical_draw where award_id = ?")) {
            s.setObject(1, UUID.fromString(awardId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The ceiling: the draw transaction in plain JDBC on copies of the grant tables, over a fixed pool. */
    private static final class JdbcDraws implements AutoCloseable {
        private final BlockingQueue<Connection> pool;
        private final List<Connection> all = new ArrayList<>();
        private final UUID award = UUID.randomUUID();

        JdbcDraws(String jdbc, int size, long pot) throws Exception {
            try (Connection c = Db.connect(jdbc); Statement s = c.createStatement()) {
                s.execute("create schema if not exists bench");
                s.execute("drop table if exists bench.tactical_draw, bench.grant_award, bench.grant_outbox_event, bench.grant_audit_entry");
                s.execute("create table bench.grant_award (like grants.grant_award including all)");
                s.execute("create table bench.tactical_draw (like grants.tactical_draw including all)");
                s.execute("alter table bench.tactical_draw add foreign key (award_id) references bench.grant_award (id)");
                s.execute("create table bench.grant_outbox_event (like grants.outbox_event including all)");
                s.execute("create table bench.grant_audit_entry (like grants.audit_entry including all)");
                try (PreparedStatement p = c.prepareStatement("insert into bench.grant_award (id, funder, recipient, financial_year,"
                        + " amount_pence, tactical_pot_pence, created_at, created_by) values (?, 'Kent PCC', 'Benchmark', '2019-20', ?, ?, now(), 'bench')")) {
                    p.setObject(1, award);
                    p.setLong(2, pot * 8);
                    p.setLong(3, pot);
                    p.executeUpdate();
                }
            }
            pool = new ArrayBlockingQueue<>(size);
            for (int i = 0; i < size; i++) {
                Connection c = Db.connect(jdbc);
                c.setAutoCommit(false);
                all.add(c);
                pool.add(c);
            }
        }

        boolean draw(int n) throws Exception {
            Connection c = pool.take();
            try {
                boolean drawn = drawIn(c, n);
                c.commit();
                return drawn;
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                pool.add(c);
            }
        }

        private boolean drawIn(Connection c, int n) throws Exception {
            long pot;
            long drawn;
            try (PreparedStatement s = c.prepareStatement("select tactical_pot_pence, drawn_pence from bench.grant_award where id = ? for update")) {
                s.setObject(1, award);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    pot = r.getLong(1);
                    drawn = r.getLong(2);
                }
            }
            if (drawn + AMOUNT > pot) {
                return false;
            }
            Timestamp now = Timestamp.from(Instant.now());
            UUID id = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("insert into bench.tactical_draw (id, award_id, amount_pence, reason,"
                    + " approved_by, drawn_at, drawn_by) values (?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, id);
                s.setObject(2, award);
                s.setLong(3, AMOUNT);
                s.setString(4, "Benchmark draw " + n + ": extra patrols after a spate of burglaries");
                s.setString(5, "Community Protection Manager");
                s.setTimestamp(6, now);
                s.setString(7, "officer@csp.local");
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("update bench.grant_award set drawn_pence = drawn_pence + ?, version = version + 1 where id = ?")) {
                s.setLong(1, AMOUNT);
                s.setObject(2, award);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into bench.grant_outbox_event (id, aggregate_type, aggregate_id,"
                    + " event_type, subject, payload, actor_subject, occurred_at) values (?, 'grant-award', ?, 'csp.grant.tactical-pot-drawn.v1', ?, ?, 'officer@csp.local', ?)")) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, award.toString());
                s.setString(3, award.toString());
                s.setString(4, "{\"awardId\":\"" + award + "\",\"drawId\":\"" + id + "\",\"amountPence\":" + AMOUNT + "}");
                s.setTimestamp(5, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into bench.grant_audit_entry (id, occurred_at, actor_subject, action,"
                    + " resource_type, resource_id, changes) values (?, ?, 'officer@csp.local', 'tactical-pot.drawn', 'grant-award', ?, ?)")) {
                s.setObject(1, UUID.randomUUID());
                s.setTimestamp(2, now);
                s.setString(3, award.toString());
                s.setString(4, "{\"amountPence\":" + AMOUNT + "}");
                s.executeUpdate();
            }
            return true;
        }

        @Override
        public void close() throws Exception {
            for (Connection c : all) {
                c.close();
            }
        }
    }
}
