package org.csp.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Read API under wrk: in each of the four services a single-resource GET and a paginated list (page 0 of 20 of
 * 300+ rows), each beside the bare JDBC endpoint in the same service running the same SQL ({@link ReadTargets};
 * {@code org.csp.<service>.bench.BareJdbcEndpoints}, only there when the service runs with
 * {@code csp.benchmark.enabled=true}). Data is seeded first by {@link ReadSeed}.
 *
 * <p>Warm-up: each endpoint is loaded until its service's JIT compilers fall quiet ({@link JitWatch}), so the figures
 * are those of compiled code on both sides.
 * Max rate: closed-loop wrk; a sweep of connection counts (--sweep=4,16,32, by default 1, 2, 4 ...
 * --connections) finds each endpoint's best connection count, where it is then measured --rounds times (median),
 * framework and bare alternating.
 * Latency at half of the max rate: Debian's wrk cannot hold a constant rate (no wrk2), so from the best
 * connection count the connections are halved until the framework's rate is at most 0.6 of its max; p99 is
 * measured there for both endpoints.
 */
final class ReadBench {
    private static final Pattern JSON = Pattern.compile("BENCHJSON (\\{.*})");

    record Endpoint(String name, String url, boolean authorized) {
    }

    record WrkResult(double rps, double p50Ms, double p99Ms, double maxMs, long errors, long requests) {
    }

    private static final int WARM_ROUND_S = 5;
    private static final double QUIET_COMPILE_SHARE = 0.05;

    private final Api api;
    private final Raw raw;
    private final String jdbcUrl;
    private final Path script;
    private final int connections;
    private final int seconds;
    private final int rounds;
    private List<Integer> sweepPoints = new ArrayList<>();
    private JitWatch jit = new JitWatch(Map.of());
    private int warmUpMax = 120;

    ReadBench(Api api, Raw raw, String jdbcUrl, Path script, int connections, int seconds, int rounds) {
        this.api = api;
        this.raw = raw;
        this.jdbcUrl = jdbcUrl;
        this.script = script;
        this.connections = connections;
        this.seconds = seconds;
        this.rounds = rounds;
    }

    /** The connection counts of the sweep, e.g. "4,16,32"; empty: 1, 2, 4 ... --connections. */
    ReadBench sweep(String points) {
        sweepPoints = new ArrayList<>();
        for (String p : points.split(",")) {
            if (!p.isBlank()) {
                sweepPoints.add(Integer.parseInt(p.trim()));
            }
        }
        if (sweepPoints.isEmpty()) {
            for (int c = 1; c <= connections; c *= 2) {
                sweepPoints.add(c);
            }
        }
        return this;
    }

    /** Watch the services' JIT compilers during warm-up (pids by service name), for at most {@code maxSeconds} per endpoint. */
    ReadBench warmUpUntilCompiled(Map<String, Long> pids, int maxSeconds) {
        this.jit = new JitWatch(pids);
        this.warmUpMax = maxSeconds;
        return this;
    }

    void run() throws Exception {
        if (sweepPoints.isEmpty()) {
            sweep("");
        }
        ReadSeed seed = new ReadSeed(api, jdbcUrl);
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (ReadTargets.Target t : ReadTargets.TARGETS) {
            long start = System.nanoTime();
            ids.put(t.service(), seed.seed(t));
            System.out.printf(Locale.ROOT, "read %s: seeded in %.1f s%n", t.service(), (System.nanoTime() - start) / 1e9);
        }
        for (ReadTargets.Target t : ReadTargets.TARGETS) {
            String base = seed.base(t);
            String id = ids.get(t.service());
            compare(t.service() + "_get", t.service(), new Endpoint("framework", base + t.getPath().replace("{id}", id), true),
                    new Endpoint("bare", base + t.bareGetPath().replace("{id}", id), false));
            compare(t.service() + "_list", t.service(), new Endpoint("framework", base + t.listPath() + ReadTargets.PAGE, true),
                    new Endpoint("bare", base + t.bareListPath() + ReadTargets.PAGE, false));
        }
    }

    /**
     * Loads the endpoint in rounds of {@link #WARM_ROUND_S} s at half the connections until, after at least the
     * minimum (twice the run length, 10 s or more), the service's JIT compilers worked less than
     * {@link #QUIET_COMPILE_SHARE} of two rounds in a row; at most --warm-up-max seconds. Without the compilers' counter
     * (no pid file) it stops at the minimum. Both endpoints get the same rule; the raw file keeps how long it took.
     */
    private void warmUp(String name, String service, Endpoint e, String suffix) throws Exception {
        int minimum = Math.max(10, seconds * 2);
        int warmConnections = Math.max(1, connections / 2);
        int elapsed = 0;
        int quietRounds = 0;
        double compiled = jit.compileMillis(service);
        double lastCompileMs = -1;
        WrkResult last = null;
        while (elapsed < warmUpMax && (elapsed < minimum || compiled >= 0 && quietRounds < 2)) {
            last = wrk(e, warmConnections, WARM_ROUND_S);
            elapsed += WARM_ROUND_S;
            double now = jit.compileMillis(service);
            lastCompileMs = compiled >= 0 && now >= 0 ? now - compiled : -1;
            quietRounds = lastCompileMs >= 0 && lastCompileMs < QUIET_COMPILE_SHARE * WARM_ROUND_S * 1000 ? quietRounds + 1 : 0;
            compiled = now;
        }
        String note = String.format(Locale.ROOT, "%d s of wrk -c%d before measuring; last round %.0f req/s, JIT %s", elapsed,
                warmConnections, last == null ? 0 : last.rps,
                lastCompileMs < 0 ? "not watched (no pid)" : String.format(Locale.ROOT, "%.0f ms of %d s", lastCompileMs, WARM_ROUND_S))
                + (compiled >= 0 && quietRounds < 2 && elapsed >= warmUpMax ? "; STILL COMPILING at the limit" : "");
        raw.put("read", name + suffix + "_warmup_s", elapsed, "s", note);
    }

    private void compare(String name, String service, Endpoint framework, Endpoint bare) throws Exception {
        requireOk(framework);
        requireOk(bare);
        System.out.printf("read %s: warm-up%n", name);
        warmUp(name, service, framework, "");
        warmUp(name, service, bare, "_bare");
        // Closed-loop throughput depends on the number of connections (and may fall past a point), so the max
        // rate of each endpoint is found by a sweep, then measured for longer at the best connection count.
        System.out.printf("read %s: connection sweep%n", name);
        Map<Integer, WrkResult> fwSweep = sweep(framework);
        Map<Integer, WrkResult> brSweep = sweep(bare);
        int fwBest = best(fwSweep);
        int brBest = best(brSweep);
        List<WrkResult> fw = new ArrayList<>();
        List<WrkResult> br = new ArrayList<>();
        List<Double> fwCpu = new ArrayList<>();
        List<Double> brCpu = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            fw.add(measuredCpu(service, fwCpu, () -> wrk(framework, fwBest, seconds)));
            br.add(measuredCpu(service, brCpu, () -> wrk(bare, brBest, seconds)));
        }
        WrkResult f = median(fw);
        WrkResult b = median(br);
        if (jit.pid(service) != null) {
            String cpuNote = "CPU time of the service process / requests, median of the max-rate rounds (PostgreSQL and wrk not included)";
            raw.put("read", name + "_cpu_us_per_req", medianOf(fwCpu), "us", cpuNote);
            raw.put("read", name + "_bare_cpu_us_per_req", medianOf(brCpu), "us", cpuNote);
        }
        String fwNote = "wrk -t2 -c" + fwBest + " (best of the sweep " + rates(fwSweep) + ") -d" + seconds + "s; median of " + rounds;
        String brNote = "wrk -t2 -c" + brBest + " (best of the sweep " + rates(brSweep) + ") -d" + seconds + "s; median of " + rounds;
        raw.put("read", name + "_rps", f.rps, "1/s", fwNote + "; " + f.errors + " errors");
        raw.put("read", name + "_p50_ms", f.p50Ms, "ms", "at c=" + fwBest);
        raw.put("read", name + "_p99_ms", f.p99Ms, "ms", "at c=" + fwBest);
        raw.put("read", name + "_bare_rps", b.rps, "1/s", brNote + "; " + b.errors + " errors");
        raw.put("read", name + "_bare_p50_ms", b.p50Ms, "ms", "at c=" + brBest);
        raw.put("read", name + "_bare_p99_ms", b.p99Ms, "ms", "at c=" + brBest);

        // Half of the max rate: from the best connection count, halve the connections (2 s probes, now warm)
        // until the framework's rate is at most 0.6 of its max; measure there.
        int c = fwBest;
        WrkResult probe = f;
        while (c > 1 && probe.rps > 0.6 * f.rps) {
            c /= 2;
            probe = wrk(framework, c, 2);
        }
        WrkResult half = wrk(framework, c, seconds);
        WrkResult bareHalf = wrk(bare, c, seconds);
        double fraction = half.rps / f.rps;
        String halfNote = String.format(Locale.ROOT, "wrk -c%d: %.0f req/s = %.2f of max", c, half.rps, fraction)
                + (fraction < 0.3 || fraction > 0.75 ? " (NOT near half: the machine's load changed between the runs)" : "");
        raw.put("read", name + "_half_rate_rps", half.rps, "1/s", halfNote);
        raw.put("read", name + "_half_rate_p99_ms", half.p99Ms, "ms", halfNote);
        raw.put("read", name + "_bare_half_rate_p99_ms", bareHalf.p99Ms, "ms",
                String.format(Locale.ROOT, "wrk -c%d: %.0f req/s", c, bareHalf.rps));
    }

    private static double medianOf(List<Double> values) {
        return new Stats(values.stream().mapToDouble(Double::doubleValue).toArray()).percentile(50);
    }

    private interface WrkRun {
        WrkResult run() throws Exception;
    }

    /** Runs wrk and adds the service process's CPU microseconds per request to {@code cpuPerRequest}. */
    private WrkResult measuredCpu(String service, List<Double> cpuPerRequest, WrkRun run) throws Exception {
        Long pid = jit.pid(service);
        double before = pid == null ? 0 : Footprint.cpuSeconds(pid);
        WrkResult r = run.run();
        if (pid != null && r.requests > 0) {
            cpuPerRequest.add((Footprint.cpuSeconds(pid) - before) * 1e6 / r.requests);
        }
        return r;
    }

    private Map<Integer, WrkResult> sweep(Endpoint e) throws Exception {
        Map<Integer, WrkResult> results = new TreeMap<>();
        for (int c : sweepPoints) {
            results.put(c, wrk(e, c, Math.max(2, seconds / 3)));
        }
        return results;
    }

    private static int best(Map<Integer, WrkResult> sweep) {
        return sweep.entrySet().stream().max((a, b) -> Double.compare(a.getValue().rps, b.getValue().rps)).orElseThrow().getKey();
    }

    private static String rates(Map<Integer, WrkResult> sweep) {
        StringBuilder s = new StringBuilder();
        sweep.forEach((c, r) -> s.append(s.length() == 0 ? "" : " ").append("c").append(c).append('=')
                .append(Math.round(r.rps)));
        return s.toString();
    }

    private void requireOk(Endpoint e) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(e.url)).GET();
        if (e.authorized) {
            request.header("Authorization", "Bearer " + api.token);
        }
        HttpResponse<String> r = api.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(e.url + " answered " + r.statusCode() + (e.authorized ? ""
                    : " (the bare endpoint needs a service built with its bench package and csp.benchmark.enabled=true)"));
        }
        System.out.printf("  %-9s %s -> %d bytes%n", e.name, e.url, r.body().length());
    }

    WrkResult wrk(Endpoint e, int c, int durationS) throws Exception {
        List<String> command = new ArrayList<>(Arrays.asList("wrk", "-t" + Math.min(2, c), "-c" + c, "-d" + durationS + "s",
                "--timeout", "10s", "-s", script.toString()));
        if (e.authorized) {
            command.add("-H");
            command.add("Authorization: Bearer " + api.token);
        }
        command.add(e.url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher m = JSON.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk gave no result: " + out);
        }
        String json = m.group(1);
        double durationUs = num(json, "duration_us");
        long requests = (long) num(json, "requests");
        WrkResult r = new WrkResult(requests / (durationUs / 1e6), num(json, "p50_us") / 1000, num(json, "p99_us") / 1000,
                num(json, "max_us") / 1000, (long) num(json, "errors"), requests);
        System.out.printf(Locale.ROOT, "  %-9s c=%-3d %8.0f req/s  p50 %6.2f ms  p99 %7.2f ms  errors %d%n", e.name, c, r.rps,
                r.p50Ms, r.p99Ms, r.errors);
        return r;
    }

    private static double num(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?[0-9.]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Double.parseDouble(m.group(1));
    }

    private static WrkResult median(List<WrkResult> results) {
        List<WrkResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> Double.compare(a.rps, b.rps));
        return sorted.get(sorted.size() / 2);
    }
}
