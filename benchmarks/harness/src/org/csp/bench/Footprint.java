package org.csp.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Footprint: each service's time from process start (the kernel's start time of its JVM, /proc) to its first
 * 200 on /q/health/ready, and its resident memory (VmRSS, /proc) idle and the peak under load; the whole
 * stack's memory (launcher with Kafka, PostgreSQL, services) as the sum of PSS, so shared pages count once.
 * Ceiling: a bare JVM (JDK HttpServer answering one path, same -Xmx) started the same way, four at once as
 * the launcher starts the four services, measured in the same run.
 */
final class Footprint {
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("assessment", 8081);
        SERVICES.put("plan", 8082);
        SERVICES.put("grant", 8083);
        SERVICES.put("governance", 8084);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Footprint() {
    }

    /** Watches the launcher's children appear and become ready; writes their pids to --pids. */
    static void watchStart(Args args, Raw raw) throws Exception {
        long launcher = Long.parseLong(args.required("launcher-pid"));
        long deadline = System.nanoTime() + Duration.ofSeconds(args.integer("timeout", 600)).toNanos();
        Map<String, ProcessHandle> found = new LinkedHashMap<>();
        Map<String, Double> ready = new LinkedHashMap<>();
        while (ready.size() < SERVICES.size() && System.nanoTime() < deadline) {
            Optional<ProcessHandle> root = ProcessHandle.of(launcher);
            if (root.isEmpty() || !root.get().isAlive()) {
                System.err.println("footprint: the launcher ended before the services were ready");
                break;
            }
            List<ProcessHandle> descendants = root.get().descendants().toList();
            for (var e : SERVICES.entrySet()) {
                if (!found.containsKey(e.getKey())) {
                    for (ProcessHandle p : descendants) {
                        if (p.info().commandLine().orElse("").contains("-Dquarkus.http.port=" + e.getValue() + " ")) {
                            found.put(e.getKey(), p);
                        }
                    }
                } else if (!ready.containsKey(e.getKey()) && isReady(e.getValue())) {
                    Instant now = Instant.now();
                    Instant started = found.get(e.getKey()).info().startInstant().orElse(now);
                    ready.put(e.getKey(), Duration.between(started, now).toMillis() / 1000.0);
                }
            }
            Thread.sleep(50);
        }
        StringBuilder pids = new StringBuilder();
        for (var e : found.entrySet()) {
            pids.append(e.getKey()).append(' ').append(e.getValue().pid()).append('\n');
        }
        Files.writeString(Path.of(args.required("pids")), pids.toString());
        for (String service : SERVICES.keySet()) {
            Double seconds = ready.get(service);
            if (seconds == null) {
                raw.notMeasured("footprint", service + "_ready_s", "s", "not ready within the timeout");
            } else {
                raw.put("footprint", service + "_ready_s", seconds, "s", "4 services started at once by the launcher");
            }
        }
    }

    /** Idle memory: each service's VmRSS, and the whole stack's PSS and RSS. */
    static void memory(Args args, Raw raw) throws Exception {
        Map<String, Long> pids = readPids(Path.of(args.required("pids")));
        String label = args.get("label", "idle");
        for (var e : pids.entrySet()) {
            raw.put("footprint", e.getKey() + "_rss_" + label + "_mb", kb(e.getValue(), "VmRSS") / 1024.0, "MB", "VmRSS");
        }
        List<Long> stack = stackPids(Long.parseLong(args.required("launcher-pid")), Path.of(args.required("data")));
        long pss = 0;
        long rss = 0;
        for (long pid : stack) {
            pss += pss(pid);
            rss += kb(pid, "VmRSS");
        }
        raw.put("footprint", "stack_pss_" + label + "_mb", pss / 1024.0, "MB", stack.size()
                + " processes: launcher (Kafka; token issuer) + PostgreSQL + 4 services; PSS = shared pages counted once");
        raw.put("footprint", "stack_rss_sum_" + label + "_mb", rss / 1024.0, "MB", "sum of VmRSS (counts shared pages in each process)");
    }

    /** Samples each service's VmRSS every 500 ms until --until-file exists; records the peaks. */
    static void peak(Args args, Raw raw) throws Exception {
        Map<String, Long> pids = readPids(Path.of(args.required("pids")));
        Path until = Path.of(args.required("until-file"));
        Map<String, Long> peak = new LinkedHashMap<>();
        long limit = System.nanoTime() + Duration.ofMinutes(args.integer("max-minutes", 60)).toNanos();
        while (!Files.exists(until) && System.nanoTime() < limit) {
            for (var e : pids.entrySet()) {
                peak.merge(e.getKey(), kb(e.getValue(), "VmRSS"), Math::max);
            }
            Thread.sleep(500);
        }
        for (var e : peak.entrySet()) {
            raw.put("footprint", e.getKey() + "_rss_load_mb", e.getValue() / 1024.0, "MB", "peak VmRSS during the read and write benchmarks");
        }
    }

    /** Ceiling: four bare JVMs (same java, same heap limit) started at once: start-to-ready, RSS idle and under wrk. */
    static void ceiling(Args args, Raw raw) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Path dir = Files.createTempDirectory("bench-bare");
        List<Process> processes = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                processes.add(new ProcessBuilder(java, "-Xmx192m", "-cp", classpath, "org.csp.bench.Bench", "bare-http",
                        "--port-file=" + dir.resolve("port-" + i)).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("out-" + i).toFile()).start());
            }
            double[] readyS = new double[4];
            int[] ports = new int[4];
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            int left = 4;
            while (left > 0 && System.nanoTime() < deadline) {
                for (int i = 0; i < 4; i++) {
                    Path portFile = dir.resolve("port-" + i);
                    if (readyS[i] == 0 && Files.exists(portFile) && Files.size(portFile) > 0) {
                        ports[i] = Integer.parseInt(Files.readString(portFile).trim());
                        if (ready("http://127.0.0.1:" + ports[i] + "/ready")) {
                            Instant started = processes.get(i).info().startInstant().orElse(Instant.now());
                            readyS[i] = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
                            left--;
                        }
                    }
                }
                Thread.sleep(20);
            }
            double max = 0;
            for (double r : readyS) {
                max = Math.max(max, r);
            }
            raw.put("footprint", "bare_jvm_ready_s", max, "s", "slowest of 4 bare JVMs started at once");
            Thread.sleep(3000);
            long rss = 0;
            for (Process p : processes) {
                rss = Math.max(rss, kb(p.pid(), "VmRSS"));
            }
            raw.put("footprint", "bare_jvm_rss_idle_mb", rss / 1024.0, "MB", "JDK HttpServer; -Xmx192m");
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + args.integer("load-seconds", 5) + "s",
                    "http://127.0.0.1:" + ports[0] + "/ready").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long peak = 0;
            while (wrk.isAlive()) {
                peak = Math.max(peak, kb(processes.get(0).pid(), "VmRSS"));
                Thread.sleep(250);
            }
            raw.put("footprint", "bare_jvm_rss_load_mb", peak / 1024.0, "MB", "peak under wrk -c32");
        } finally {
            for (Process p : processes) {
                p.destroy();
                p.waitFor();
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** The bare JVM of the ceiling: one path, answered by the JDK's HttpServer on an ephemeral loopback port. */
    static void bareHttp(Args args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/ready", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, up.length);
            exchange.getResponseBody().write(up);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        Files.writeString(Path.of(args.required("port-file")), Integer.toString(server.getAddress().getPort()));
    }

    private static boolean isReady(int port) {
        return ready("http://127.0.0.1:" + port + "/q/health/ready");
    }

    private static boolean ready(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Map<String, Long> readPids(Path file) throws IOException {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split(" ");
            if (f.length == 2) {
                pids.put(f[0], Long.parseLong(f[1]));
            }
        }
        return pids;
    }

    /** The launcher, its descendants, and PostgreSQL's postmaster (it detaches) with its children. */
    static List<Long> stackPids(long launcher, Path data) throws IOException {
        List<Long> pids = new ArrayList<>();
        ProcessHandle.of(launcher).ifPresent(p -> {
            pids.add(p.pid());
            p.descendants().forEach(d -> pids.add(d.pid()));
        });
        try (Stream<Path> files = Files.walk(data.resolve("postgres"), 3)) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().equals("postmaster.pid")).toList()) {
                long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                ProcessHandle.of(postmaster).ifPresent(p -> {
                    if (!pids.contains(p.pid())) {
                        pids.add(p.pid());
                    }
                    p.descendants().filter(d -> !pids.contains(d.pid())).forEach(d -> pids.add(d.pid()));
                });
            }
        }
        return pids;
    }

    static long kb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static long pss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
