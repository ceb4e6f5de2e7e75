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
 * Each service is also started alone (the per-service goal) while the rest of the stack idles.
 * Ceiling: a bare JVM (JDK HttpServer answering one path, the services' JVM options) started the same way,
 * alone and four at once as the launcher starts the four services, measured in the same run.
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
        List<String> jvmOptions = List.of("-Xmx192m");
        if (args.get("pids", null) != null && Files.exists(Path.of(args.get("pids", null)))) {
            for (long pid : readPids(Path.of(args.get("pids", null))).values()) {
                jvmOptions = jvmOptions(commandLine(pid)); // the services' JVM options
                break;
            }
        }
        Path dir = Files.createTempDirectory("bench-bare");
        List<Process> processes = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                List<String> command = new ArrayList<>(List.of(java));
                command.addAll(jvmOptions);
                command.addAll(List.of("-cp", classpath, "org.csp.bench.Bench", "bare-http", "--port-file=" + dir.resolve("port-" + i)));
                processes.add(new ProcessBuilder(command).redirectErrorStream(true)
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
            raw.put("footprint", "bare_jvm_rss_idle_mb", rss / 1024.0, "MB", "JDK HttpServer; " + String.join(" ", jvmOptions));
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

    /**
     * Each service started ALONE while the rest of the stack idles (the per-service goal): the running
     * service's own command line, environment and working directory (/proc) with -Dquarkus.http.port moved to
     * a free loopback port, timed from just before the process is started to its first 200 on
     * /q/health/ready (which includes PostgreSQL and Kafka), then its RSS and PSS after --idle-seconds, then
     * SIGTERM. A bare JVM with the services' JVM options is started alone first, the same way, as the ceiling.
     * The extra instance joins its service's consumer group for a while; the stack is idle, so nothing waits.
     */
    static void alone(Args args, Raw raw) throws Exception {
        Map<String, Long> pids = readPids(Path.of(args.required("pids")));
        Path logs = Path.of(args.get("logs", "benchmarks/target/logs"));
        int idleSeconds = args.integer("idle-seconds", 10);
        List<String> jvmOptions = List.of("-Xmx192m");
        for (long pid : pids.values()) {
            jvmOptions = jvmOptions(commandLine(pid));
            break;
        }
        Path dir = Files.createTempDirectory("bench-bare");
        try {
            Path portFile = dir.resolve("port");
            List<String> bare = new ArrayList<>();
            bare.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            bare.addAll(jvmOptions);
            bare.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.csp.bench.Bench", "bare-http",
                    "--port-file=" + portFile));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(bare).redirectErrorStream(true).redirectOutput(logs.resolve("alone-bare.log").toFile())
                    .start();
            double readyS = waitReady(p, t0, () -> {
                try {
                    return Files.exists(portFile) && Files.size(portFile) > 0
                            && ready("http://127.0.0.1:" + Files.readString(portFile).trim() + "/ready");
                } catch (IOException e) {
                    return false;
                }
            }, 120);
            idleAndStop(raw, "bare_jvm_alone", p, readyS, idleSeconds, "bare JVM alone, JVM options " + String.join(" ", jvmOptions));
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
        for (var e : pids.entrySet()) {
            String service = e.getKey();
            List<String> command = commandLine(e.getValue());
            int port = freePort();
            if (command.isEmpty()) {
                raw.notMeasured("footprint", service + "_alone_ready_s", "s", "no command line for pid " + e.getValue());
                continue;
            }
            List<String> alone = new ArrayList<>();
            for (String a : command) {
                alone.add(a.startsWith("-Dquarkus.http.port=") ? "-Dquarkus.http.port=" + port : a);
            }
            ProcessBuilder pb = new ProcessBuilder(alone).redirectErrorStream(true)
                    .redirectOutput(logs.resolve("alone-" + service + ".log").toFile());
            try {
                pb.directory(Path.of("/proc/" + e.getValue() + "/cwd").toRealPath().toFile());
                Map<String, String> env = environment(e.getValue());
                if (!env.isEmpty()) {
                    pb.environment().clear();
                    pb.environment().putAll(env);
                }
            } catch (IOException ignored) {
                // the harness's own working directory and environment
            }
            Thread.sleep(2000); // let the previous instance's exit (and consumer-group rebalance) settle
            long t0 = System.nanoTime();
            Process p = pb.start();
            double readyS = waitReady(p, t0, () -> ready("http://127.0.0.1:" + port + "/q/health/ready"), 180);
            idleAndStop(raw, service + "_alone", p, readyS, idleSeconds, "started alone while the stack idles");
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double waitReady(Process p, long t0, java.util.function.BooleanSupplier isReady, int timeoutS)
            throws InterruptedException {
        long deadline = t0 + Duration.ofSeconds(timeoutS).toNanos();
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (isReady.getAsBoolean()) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(10);
        }
        return -1;
    }

    private static void idleAndStop(Raw raw, String key, Process p, double readyS, int idleSeconds, String note)
            throws Exception {
        try {
            if (readyS < 0) {
                raw.notMeasured("footprint", key + "_ready_s", "s", "not ready (exited or timed out)");
                return;
            }
            raw.put("footprint", key + "_ready_s", readyS, "s", note + "; load " + loadAverage());
            raw.put("footprint", key + "_ready_cpu_s", cpuSeconds(p.pid()), "s",
                    "CPU time (user + system) of the process from start to ready: less sensitive to the machine's load");
            Thread.sleep(idleSeconds * 1000L);
            raw.put("footprint", key + "_rss_idle_mb", kb(p.pid(), "VmRSS") / 1024.0, "MB",
                    "VmRSS " + idleSeconds + " s after ready; PSS " + Math.round(pss(p.pid()) / 1024.0) + " MB");
        } finally {
            p.destroy(); // SIGTERM: a graceful stop, as Kubernetes does
            if (!p.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    /** utime + stime of a process, /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The JVM options (-X..., -XX:...) of a java command line, as the bare JVM of the ceiling uses them. */
    static List<String> jvmOptions(List<String> command) {
        List<String> options = new ArrayList<>();
        for (String a : command.subList(Math.min(1, command.size()), command.size())) {
            if (a.equals("-jar") || a.equals("-cp") || a.equals("-classpath")) {
                break;
            }
            if (a.startsWith("-X") && !a.startsWith("-XX:SharedArchiveFile") && !a.startsWith("-XX:ArchiveClassesAtExit")) {
                options.add(a);
            }
        }
        return options.isEmpty() ? List.of("-Xmx192m") : options;
    }

    static List<String> commandLine(long pid) {
        try {
            String raw = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>();
            for (String a : raw.split("\0")) {
                if (!a.isEmpty()) {
                    args.add(a);
                }
            }
            return args;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<String, String> environment(long pid) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : Files.readString(Path.of("/proc/" + pid + "/environ"), StandardCharsets.UTF_8).split("\0")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return env;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
        } catch (IOException e) {
            return "?";
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
