package org.csp.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.csp.platform.testing.EmbeddedKafkaBroker;
import org.csp.platform.testing.EmbeddedPostgresServer;
import org.csp.platform.testing.FreePorts;
import org.csp.platform.testing.TestTokens;

/**
 * The platform as it is deployed: each service's packaged application
 * ({@code <svc>-service/target/quarkus-app/quarkus-run.jar}) runs as its own child JVM on a free port,
 * against one embedded PostgreSQL (a schema per service) and one embedded Kafka broker started in this
 * JVM, and trusts the test token issuer ({@link TestTokens}). {@link #close()} stops every process it
 * started and both servers, leaving nothing running.
 *
 * <pre>{@code
 * try (SystemUnderTest system = SystemUnderTest.start(Service.ASSESSMENT, Service.PLAN)) {
 *     String url = system.baseUrl(Service.ASSESSMENT);   // http://127.0.0.1:<port>
 *     ...
 * }
 * }</pre>
 *
 * The services must have been packaged first (the reactor builds them before this module). Each
 * service's output goes to {@code target/system-under-test/<svc>-service.log}.
 */
public final class SystemUnderTest implements AutoCloseable {

    /** The four services, by their module directory. */
    public enum Service {
        ASSESSMENT("assessment"), PLAN("plan"), GRANT("grant"), GOVERNANCE("governance");

        public final String code;

        Service(String code) {
            this.code = code;
        }

        public String module() {
            return code + "-service";
        }
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String SERVICE_HEAP = "-Xmx192m";

    private final Path repository;
    private final Path logs;
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final Map<Service, Running> running = new EnumMap<>(Service.class);
    private final Thread shutdownHook = new Thread(this::close, "system-under-test-stop");
    /** Extra {@code -Dkey=value} options every service is started with (see {@link #start(Map, Service...)}). */
    private final Map<String, String> serviceProperties = new java.util.LinkedHashMap<>();
    /** Services started at least once: a restart appends to the service's log instead of replacing it. */
    private final java.util.Set<Service> launchedBefore = java.util.EnumSet.noneOf(Service.class);

    private record Running(Process process, int port, Path log) {
    }

    private SystemUnderTest(Path repository, EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
        this.repository = repository;
        this.logs = repository.resolve("system-tests").resolve("target").resolve("system-under-test");
        this.postgres = postgres;
        this.kafka = kafka;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts PostgreSQL, Kafka and the given services, and returns once every service is ready. */
    public static SystemUnderTest start(Service... services) {
        return start(Map.of(), services);
    }

    /**
     * As {@link #start(Service...)}, with extra system properties given to every service (and kept for
     * restarts), for example {@code csp.clock.controllable=true} and {@code csp.clock.fixed=2019-02-12T20:00:00Z}
     * so a suite can move the services' clocks with {@code POST /test-support/clock/shift}.
     */
    public static SystemUnderTest start(Map<String, String> serviceProperties, Service... services) {
        Path repository = repository();
        for (Service service : services) {
            Path jar = runner(repository, service);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (./mvnw -B verify)");
            }
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
        EmbeddedKafkaBroker kafka;
        try {
            kafka = EmbeddedKafkaBroker.startTemporary();
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        SystemUnderTest system = new SystemUnderTest(repository, postgres, kafka);
        system.serviceProperties.putAll(serviceProperties);
        try {
            for (Service service : services) {
                system.launch(service);
            }
            for (Service service : services) {
                system.awaitReady(service);
            }
            return system;
        } catch (RuntimeException | Error e) {
            system.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>} of a running service. */
    public String baseUrl(Service service) {
        Running r = running.get(service);
        if (r == null) {
            throw new IllegalStateException(service.module() + " is not running");
        }
        return "http://127.0.0.1:" + r.port();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl("postgres");
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** Where a service's output went (useful in a failure message). */
    public Path log(Service service) {
        return logs.resolve(service.module() + ".log");
    }

    /** Starts one more service (or restarts a stopped one) and waits until it is ready. */
    public synchronized void startService(Service service) {
        launch(service);
        awaitReady(service);
    }

    /** Stops one service gracefully (SIGTERM, then a forced kill after 20 s). */
    public synchronized void stopService(Service service) {
        Running r = running.remove(service);
        if (r != null) {
            terminate(r.process());
        }
    }

    /** Kills one service abruptly (SIGKILL: no shutdown hooks, no graceful close) and waits until it is gone. */
    public synchronized void killService(Service service) {
        Running r = running.remove(service);
        if (r != null) {
            List<ProcessHandle> children = r.process().descendants().toList();
            r.process().destroyForcibly();
            try {
                r.process().waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Whether the service's process is running (it may not be ready). */
    public synchronized boolean isRunning(Service service) {
        Running r = running.get(service);
        return r != null && r.process().isAlive();
    }

    /** Starts several stopped services at once and waits until each is ready. */
    public synchronized void startServices(Service... services) {
        for (Service service : services) {
            launch(service);
        }
        for (Service service : services) {
            awaitReady(service);
        }
    }

    @Override
    public synchronized void close() {
        List<Service> services = new ArrayList<>(running.keySet());
        for (Service service : services) {
            stopService(service);
        }
        kafka.close();
        postgres.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from the hook itself
        }
    }

    private synchronized void launch(Service service) {
        if (running.containsKey(service)) {
            return;
        }
        int port = FreePorts.find();
        Path log = log(service);
        try {
            Files.createDirectories(logs);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    SERVICE_HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.http.host=127.0.0.1",
                    "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl("postgres"),
                    "-Dquarkus.datasource.username=" + EmbeddedPostgresServer.USER,
                    "-Dquarkus.datasource.password=" + EmbeddedPostgresServer.PASSWORD,
                    "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                    "-Dmp.jwt.verify.publickey=" + TestTokens.publicKeyPem(),
                    "-Dmp.jwt.verify.issuer=" + TestTokens.ISSUER,
                    "-Dmp.jwt.verify.audiences=" + TestTokens.AUDIENCE));
            serviceProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", runner(repository, service).toString()));
            Process process = new ProcessBuilder(command)
                    .directory(repository.resolve(service.module()).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(launchedBefore.add(service) ? ProcessBuilder.Redirect.to(log.toFile())
                            : ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            running.put(service, new Running(process, port, log));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service.module(), e);
        }
    }

    private void awaitReady(Service service) {
        Running r = running.get(service);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!r.process().isAlive()) {
                throw new IllegalStateException(service.module() + " exited with " + r.process().exitValue()
                        + " before it was ready; its output:\n" + tail(r.log()));
            }
            try {
                lastStatus = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.module(), e);
            }
            pause();
        }
        throw new IllegalStateException(service.module() + " not ready within " + READY_TIMEOUT.toSeconds()
                + " s (last /q/health/ready status " + lastStatus + "); its output:\n" + tail(r.log()));
    }

    private static void terminate(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static Path runner(Path repository, Service service) {
        return repository.resolve(service.module()).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /** The repository root: {@code csp.repository.dir} (set by this module's surefire configuration) or found upwards. */
    static Path repository() {
        String configured = System.getProperty("csp.repository.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("assessment-service")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found from " + System.getProperty("user.dir"));
    }
}
