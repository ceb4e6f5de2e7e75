package org.csp.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Trend queries: milliseconds per {@code GET /api/v1/areas/{area}/trends} (median of --repeat calls after a
 * 5-second warm-up) when the area holds each of --sizes incidents (default 1M, 3M, 10M). Between sizes the area is topped
 * up through the street-level import (files of at most 2M rows, other seeds, so no incident repeats). Beside each,
 * the same comparison computed by a GROUP BY over the stored incidents themselves, to show what the monthly
 * aggregates save.
 */
final class TrendBench {
    private static final int MAX_FILE_ROWS = 2_000_000;
    private static final String TREND_PATH = "/trends?previous=FY2016-17&current=FY2017-18&sourceCode=data-police-uk-street";
    private static final String SCAN_SQL = "select category_code, count(*) filter (where month between date '2016-04-01' and date '2017-03-01'),"
            + " count(*) filter (where month between date '2017-04-01' and date '2018-03-01') from assessment.street_incident"
            + " where source_code = 'data-police-uk-street' and area_code = ? group by category_code";

    private TrendBench() {
    }

    static void run(Args args, Raw raw) throws Exception {
        String area = args.get("area", "bench-import");
        String jdbc = args.get("jdbc", Db.URL);
        Api api = new Api(args.get("base", "http://127.0.0.1:8081"), Api.token(args.get("issuer", "http://127.0.0.1:8079/token")));
        api.ensureArea(area);
        int repeat = args.integer("repeat", 20);
        for (String sizeText : args.get("sizes", "1000000,3000000,10000000").split(",")) {
            long size = Long.parseLong(sizeText.trim());
            String label = label(size);
            long stored = topUp(args, jdbc, area, size, raw, label);
            settle(jdbc, raw, label);
            HttpRequest request = HttpRequest.newBuilder(URI.create(api.base + "/api/v1/areas/" + area + TREND_PATH))
                    .header("Authorization", "Bearer " + api.token).timeout(Duration.ofMinutes(5)).GET().build();
            warmUp(api, request);
            double[] ms = new double[repeat];
            for (int i = 0; i < repeat; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = api.http.send(request, HttpResponse.BodyHandlers.ofString());
                ms[i] = (System.nanoTime() - t) / 1e6;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("the trend query answered " + r.statusCode() + ": " + r.body());
                }
            }
            Arrays.sort(ms);
            raw.put("trend", "ms_per_query_" + label, ms[repeat / 2], "ms", "median of " + repeat + "; " + stored
                    + " incidents stored in the area; FY2016-17 vs FY2017-18, every category");
            raw.put("trend", "scan_ms_" + label, scanMs(jdbc, area), "ms", "the same comparison as one GROUP BY over the "
                    + stored + " stored incidents (median of 3)");
            System.out.printf(Locale.ROOT, "trend: %s incidents: %.1f ms per query%n", label, ms[repeat / 2]);
        }
    }

    /**
     * Calls the query for 5 s (at least 20 times) first: twenty calls after a single warm-up were still running
     * partly interpreted code, and their median moved between 4 and 42 ms at the same size from run to run.
     */
    private static void warmUp(Api api, HttpRequest request) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (int calls = 0; calls < 20 || System.nanoTime() < until; calls++) {
            HttpResponse<Void> r = api.http.send(request, HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("the trend query answered " + r.statusCode());
            }
        }
    }

    /**
     * After a bulk load PostgreSQL's autovacuum vacuums and analyzes the new rows for a while, competing for the
     * same two cores: the queries are timed once no autovacuum worker has run for 3 s (at most 5 minutes), so
     * each size shows the query's cost, not the load's aftermath. The wait is recorded.
     */
    private static void settle(String jdbc, Raw raw, String label) throws Exception {
        long t = System.nanoTime();
        long deadline = t + Duration.ofMinutes(5).toNanos();
        int quietSeconds = 0;
        try (Connection c = Db.connect(jdbc); PreparedStatement s = c.prepareStatement(
                "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")) {
            while (quietSeconds < 3 && System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    quietSeconds = r.getLong(1) == 0 ? quietSeconds + 1 : 0;
                }
                Thread.sleep(1000);
            }
        }
        raw.put("trend", "settle_s_" + label, (System.nanoTime() - t) / 1e9, "s", quietSeconds >= 3
                ? "waited until no autovacuum worker ran for 3 s before timing"
                : "autovacuum still running after 5 minutes; timed anyway");
    }

    static String label(long size) {
        return size % 1_000_000 == 0 ? size / 1_000_000 + "m" : size / 1_000 + "k";
    }

    /** Imports generated files until the area holds at least {@code size} incidents; returns how many it holds. */
    private static long topUp(Args args, String jdbc, String area, long size, Raw raw, String label) throws Exception {
        long stored = count(jdbc, area);
        long t = System.nanoTime();
        long added = 0;
        while (stored < size) {
            int rows = (int) Math.min(MAX_FILE_ROWS, size - stored);
            long seed = 1_000_000L + stored; // a different seed for every file: no Crime ID repeats
            String csv = "benchmarks/target/street-crime-" + rows + "-seed" + seed + ".csv";
            Args load = new Args(new String[] {"--rows=" + rows, "--seed=" + seed, "--no-copy", "--area=" + area,
                    "--base=" + args.get("base", "http://127.0.0.1:8081"), "--jdbc=" + jdbc, "--csv=" + csv}, 0);
            added += ImportBench.run(load, raw);
            Files.deleteIfExists(Path.of(csv));
            stored = count(jdbc, area);
        }
        if (added > 0) {
            raw.put("trend", "load_" + label + "_rows_per_s", added / ((System.nanoTime() - t) / 1e9), "1/s",
                    added + " incidents imported to reach " + label + " (generation of the files included)");
        }
        return stored;
    }

    private static long count(String jdbc, String area) throws Exception {
        try (Connection c = Db.connect(jdbc);
                PreparedStatement s = c.prepareStatement("select count(*) from assessment.street_incident where area_code = ?")) {
            s.setString(1, area);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static double scanMs(String jdbc, String area) throws Exception {
        double[] ms = new double[3];
        try (Connection c = Db.connect(jdbc); PreparedStatement s = c.prepareStatement(SCAN_SQL)) {
            s.setString(1, area);
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        r.getLong(2);
                    }
                }
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[1];
    }
}
