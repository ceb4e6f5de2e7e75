package org.csp.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.csp.platform.testing.EmbeddedKafkaBroker;
import org.csp.platform.testing.EmbeddedPostgresServer;

/**
 * Runs the whole platform on this machine: an embedded PostgreSQL and Kafka broker, a local token issuer, and
 * the four services as child JVMs. Waits until all are ready, prints where they are, and on Ctrl-C (SIGINT or
 * SIGTERM) stops the services, then Kafka, then PostgreSQL. Data stays in {@code .local-data} across runs.
 */
public final class LocalStack {

    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 19092;
    public static final int KAFKA_CONTROLLER_PORT = 19093;
    public static final int TOKEN_PORT = 8079;
    public static final List<LocalService> SERVICES = List.of(
            new LocalService("assessment", 8081),
            new LocalService("plan", 8082),
            new LocalService("grant", 8083),
            new LocalService("governance", 8084));

    /**
     * The services' JVM options, the same as deploy/ sets in JAVA_OPTS (there with a 256 MiB heap limit): a small
     * initial heap, a heap that gives memory back after a full collection, the serial collector (one GC thread,
     * least overhead on 2 cores). The initial heap leaves the old generation room for what a start keeps (about
     * 30 MB; -Xms32m cost three full collections per start) while the young generation starts small. Beside these,
     * the service's {@link StartupArchive} and, where the JDK has it, {@link NativeHeapTrim}. Not used, though it
     * cuts start-up CPU further: C1 only (-XX:TieredStopAtLevel=1), which costs three times the CPU per request.
     */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx192m", "-Xms64m", "-XX:NewSize=12m",
            "-XX:MaxHeapFreeRatio=40", "-XX:MinHeapFreeRatio=10", "-XX:+UseSerialGC");
    /** glibc: two malloc arenas instead of eight per core (threads otherwise each keep their own free memory). */
    static final Map<String, String> SERVICE_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** A service that writes its start-up archive as it stops needs a few more seconds (about 100 MB written). */
    private static final Duration TRAINING_STOP_GRACE = Duration.ofSeconds(90);
    private static final int LOG_TAIL_LINES = 20;

    private final LocalPaths paths;
    private final Duration readyTimeout;
    private final PrintStream out;

    private final Object lock = new Object();
    private boolean stopping;
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private TokenEndpoint tokenEndpoint;
    private final List<ServiceProcess> processes = new ArrayList<>();

    LocalStack(LocalPaths paths, Duration readyTimeout, PrintStream out) {
        this.paths = paths;
        this.readyTimeout = readyTimeout;
        this.out = out;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(64);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(new LocalPaths(options.root(), options.data()), options.readyTimeout(), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        try {
            stack.start(options.fresh());
        } catch (LaunchException e) {
            System.err.println();
            System.err.println("ERROR: " + e.getMessage());
            if (e.detail() != null) {
                System.err.println(e.detail());
            }
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("ERROR: the local run failed unexpectedly: " + rootMessage(e)
                    + " (details in .local-data/logs/infrastructure.log)");
            System.exit(2);
        }
        try {
            Thread.currentThread().join(); // until Ctrl-C; the shutdown hook stops everything
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts everything and returns once every service is ready (or the stack is stopping). */
    void start(boolean fresh) {
        requireServiceJars();
        PortCheck.requireFree(portNeeds());
        if (fresh) {
            out.println("Wiping " + paths.show(paths.data()) + " (--fresh): starting with empty data.");
            deleteRecursively(paths.data());
        }
        createDirectories();
        InfrastructureLogging.configure(paths.logs().resolve("infrastructure.log"));
        LocalKeys keys = LocalKeys.loadOrCreate(paths.jwt());

        startPostgres();
        startKafka();
        synchronized (lock) {
            if (stopping) {
                return;
            }
            tokenEndpoint = TokenEndpoint.start(TOKEN_PORT, new LocalTokens(keys.privateKey(), Clock.systemUTC()));
            out.println("Local token issuer on http://127.0.0.1:" + TOKEN_PORT + "/token");
        }
        startServices(keys);
        if (awaitReady()) {
            printSummary();
            watchForCrashes();
        }
    }

    /** Stops what was started, in order: token issuer, services, Kafka, PostgreSQL. Safe to call twice. */
    void stop() {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            stopping = true;
            if (postgres == null && kafka == null && processes.isEmpty()) {
                return;
            }
            out.println();
            out.println("Stopping the local run...");
            if (tokenEndpoint != null) {
                tokenEndpoint.close();
            }
            if (!processes.isEmpty()) {
                stopServices();
            }
            if (kafka != null) {
                runQuietly("Kafka", kafka::stop);
                out.println("  Kafka stopped");
            }
            if (postgres != null) {
                runQuietly("PostgreSQL", postgres::stop);
                out.println("  PostgreSQL stopped");
            }
            out.println("Stopped. Data is kept in " + paths.show(paths.data()) + " (./run-local --fresh starts empty).");
            out.flush();
        }
    }

    private void stopServices() {
        Map<ServiceProcess, StartupArchive> training = new LinkedHashMap<>();
        for (ServiceProcess process : processes) {
            StartupArchive archive = startupArchive(process.service());
            if (archive.trains()) {
                training.put(process, archive);
            }
        }
        if (!training.isEmpty()) {
            out.println("  (first run of this build: the services write their start-up archives as they stop)");
        }
        processes.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + (training.isEmpty() ? STOP_GRACE : TRAINING_STOP_GRACE).toNanos();
        for (ServiceProcess process : processes) {
            boolean endedByItself = process.awaitStop(deadline);
            StartupArchive archive = training.get(process);
            if (archive != null) {
                try {
                    archive.finishTraining(endedByItself);
                } catch (RuntimeException e) {
                    out.println("  the " + process.service().displayName() + "'s start-up archive was not kept: " + rootMessage(e));
                }
            }
        }
        out.println("  services stopped");
    }

    Map<Integer, String> portNeeds() {
        Map<Integer, String> needs = new LinkedHashMap<>();
        needs.put(POSTGRES_PORT, "PostgreSQL");
        needs.put(KAFKA_PORT, "Kafka");
        needs.put(KAFKA_CONTROLLER_PORT, "Kafka (controller)");
        needs.put(TOKEN_PORT, "the local token issuer");
        SERVICES.forEach(s -> needs.put(s.port(), "the " + s.displayName()));
        return needs;
    }

    private void requireServiceJars() {
        for (LocalService service : SERVICES) {
            Path jar = paths.serviceJar(service.name());
            if (!Files.isRegularFile(jar)) {
                throw new LaunchException("The " + service.displayName() + " is not built (" + paths.show(jar)
                        + " is missing). Build it with ./run-local --build (or ./mvnw -B package -DskipTests).");
            }
        }
    }

    private void createDirectories() {
        try {
            Files.createDirectories(paths.logs());
            Files.createDirectories(paths.jwt());
        } catch (IOException e) {
            throw new LaunchException("Cannot create " + paths.show(paths.data()) + ": " + e.getMessage());
        }
    }

    private void startPostgres() {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            out.println("Starting PostgreSQL on port " + POSTGRES_PORT + " (data in " + paths.show(paths.postgres()) + ")");
            try {
                // No shutdown hook of its own: it must stop after the services, and hooks run in no order.
                postgres = EmbeddedPostgresServer.start(paths.postgres(), POSTGRES_PORT, true, false);
            } catch (RuntimeException e) {
                throw new LaunchException("PostgreSQL could not start on port " + POSTGRES_PORT + ": " + rootMessage(e)
                        + ". Its output is in " + paths.show(paths.logs().resolve("infrastructure.log"))
                        + "; ./run-local --fresh starts again with empty data.");
            }
        }
    }

    private void startKafka() {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            out.println("Starting Kafka on port " + KAFKA_PORT + " (controller " + KAFKA_CONTROLLER_PORT + ", log in "
                    + paths.show(paths.kafka()) + ")");
            try {
                kafka = EmbeddedKafkaBroker.start(paths.kafka(), KAFKA_PORT, KAFKA_CONTROLLER_PORT);
            } catch (RuntimeException e) {
                throw new LaunchException("Kafka could not start on port " + KAFKA_PORT + ": " + rootMessage(e)
                        + ". Its output is in " + paths.show(paths.logs().resolve("infrastructure.log"))
                        + "; ./run-local --fresh starts again with empty data.");
            }
            LocalTopics.create(kafka.bootstrapServers(), LocalTopics.names(SERVICES));
        }
    }

    private void startServices(LocalKeys keys) {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            for (LocalService service : SERVICES) {
                out.println("Starting the " + service.displayName() + " on port " + service.port() + " (log in "
                        + paths.show(paths.serviceLog(service.name())) + ")");
                processes.add(ServiceProcess.start(service, command(service, keys), SERVICE_ENVIRONMENT,
                        workingDirectory(service), paths.serviceLog(service.name())));
            }
        }
    }

    List<String> command(LocalService service, LocalKeys keys) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(SERVICE_JVM_OPTIONS);
        command.addAll(NativeHeapTrim.jvmOptions());
        // The archive records the class path as the run had it (quarkus-run.jar and lib/... relative to
        // target/quarkus-app), so the service always runs there with the same relative path (workingDirectory).
        command.addAll(startupArchive(service).jvmOptions());
        command.add("-Dquarkus.http.port=" + service.port());
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/postgres");
        command.add("-Dquarkus.datasource.username=" + EmbeddedPostgresServer.USER);
        command.add("-Dquarkus.datasource.password=" + EmbeddedPostgresServer.PASSWORD);
        command.add("-Dkafka.bootstrap.servers=127.0.0.1:" + KAFKA_PORT);
        command.add("-Dmp.jwt.verify.publickey.location=file:" + keys.publicKeyFile());
        command.add("-Dmp.jwt.verify.issuer=" + LocalTokens.ISSUER);
        command.add("-Dmp.jwt.verify.audiences=" + LocalTokens.AUDIENCE);
        command.add("-jar");
        command.add(paths.serviceJar(service.name()).getFileName().toString());
        return command;
    }

    StartupArchive startupArchive(LocalService service) {
        return new StartupArchive(paths.serviceJar(service.name()), Path.of(System.getProperty("java.home")));
    }

    /** Where a service runs: its target/quarkus-app, as {@code java -jar quarkus-run.jar} expects. */
    Path workingDirectory(LocalService service) {
        return paths.serviceJar(service.name()).getParent();
    }

    /** True when every service is ready; false when the stack began stopping meanwhile. */
    private boolean awaitReady() {
        out.println("Waiting for the services to be ready (up to " + readyTimeout.toSeconds() + " s)...");
        long started = System.nanoTime();
        long deadline = started + readyTimeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        while (!waiting.isEmpty()) {
            synchronized (lock) {
                if (stopping) {
                    return false;
                }
            }
            for (ServiceProcess process : List.copyOf(waiting)) {
                if (process.isReady()) {
                    waiting.remove(process);
                    out.printf("  %-10s ready after %d s%n", process.service().name(),
                            Duration.ofNanos(System.nanoTime() - started).toSeconds());
                } else if (!process.isAlive()) {
                    throw new LaunchException("The " + process.service().displayName() + " stopped during start-up (exit code "
                            + process.process().exitValue() + "). Last " + LOG_TAIL_LINES + " lines of "
                            + paths.show(process.log()) + ":", process.logTail(LOG_TAIL_LINES));
                }
            }
            if (!waiting.isEmpty() && System.nanoTime() > deadline) {
                ServiceProcess late = waiting.get(0);
                throw new LaunchException("The " + late.service().displayName() + " was not ready within "
                        + readyTimeout.toSeconds() + " s (see its /q/health/ready). Last " + LOG_TAIL_LINES + " lines of "
                        + paths.show(late.log()) + ":", late.logTail(LOG_TAIL_LINES));
            }
            sleep(Duration.ofMillis(500));
        }
        return true;
    }

    private void printSummary() {
        StringBuilder s = new StringBuilder();
        s.append(System.lineSeparator()).append("The Community Safety Partnership platform is running locally:")
                .append(System.lineSeparator()).append(System.lineSeparator());
        String row = "  %-11s %-31s %-36s %s%n";
        s.append(String.format(row, "Service", "API base", "Swagger UI", "Health"));
        for (LocalService service : SERVICES) {
            s.append(String.format(row, service.name(), service.baseUrl() + "/api/v1",
                    service.baseUrl() + "/q/swagger-ui", service.baseUrl() + "/q/health"));
        }
        s.append(System.lineSeparator());
        s.append(String.format("  %-11s %s%n", "PostgreSQL", "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT
                + "/postgres (user postgres, password postgres; schemas assessment, plan, grants, governance)"));
        s.append(String.format("  %-11s %s%n", "Kafka", "127.0.0.1:" + KAFKA_PORT
                + " (topics csp.<service>.events and csp.<service>.dlq)"));
        s.append(String.format("  %-11s %s%n", "Tokens", "http://127.0.0.1:" + TOKEN_PORT
                + "/token?role=<role>  roles: " + String.join(", ", LocalTokens.ROLES.keySet())));
        s.append(String.format("  %-11s %s%n", "", "partner-agency also needs &agency=<id>, e.g. &agency=kent-police;"
                + " optional &subject=<who>"));
        s.append(String.format("  %-11s %s%n", "Logs", paths.show(paths.logs()) + "/<service>.log"));
        s.append(System.lineSeparator()).append("Try it:").append(System.lineSeparator());
        s.append("  TOKEN=$(curl -s 'http://127.0.0.1:" + TOKEN_PORT + "/token?role=partnership-officer')")
                .append(System.lineSeparator());
        s.append("  curl -H \"Authorization: Bearer $TOKEN\" "
                + "'http://localhost:8081/api/v1/audit?resourceType=strategic-assessment&resourceId=none'")
                .append(System.lineSeparator());
        s.append(System.lineSeparator()).append("Press Ctrl-C to stop everything.").append(System.lineSeparator());
        out.print(s);
        out.flush();
    }

    private void watchForCrashes() {
        for (ServiceProcess process : processes) {
            process.process().onExit().thenAccept(p -> {
                synchronized (lock) {
                    if (!stopping) {
                        out.println("WARNING: the " + process.service().displayName() + " stopped unexpectedly (exit code "
                                + p.exitValue() + "); see " + paths.show(process.log())
                                + ". Press Ctrl-C and start again.");
                    }
                }
            });
        }
    }

    private void runQuietly(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            out.println("  " + what + " did not stop cleanly: " + rootMessage(e));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for the services");
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new LaunchException("Cannot wipe " + directory + ": " + e.getMessage());
        }
    }
}
