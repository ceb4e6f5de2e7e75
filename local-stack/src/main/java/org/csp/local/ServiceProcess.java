package org.csp.local;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A service running as a child JVM ({@code java -jar quarkus-run.jar}) with its output in a log file. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LocalService service;
    private final Path log;
    private final Process process;

    private ServiceProcess(LocalService service, Path log, Process process) {
        this.service = service;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts {@code command} in {@code workingDirectory} with {@code environment} added to the launcher's, output
     * (stdout and stderr) to {@code log}, replacing it.
     */
    public static ServiceProcess start(LocalService service, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ServiceProcess(service, log, process);
        } catch (IOException e) {
            throw new LaunchException("The " + service.displayName() + " could not be started: " + e.getMessage());
        }
    }

    public LocalService service() {
        return service;
    }

    public Path log() {
        return log;
    }

    public Process process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** True when {@code /q/health/ready} answers 200 (every readiness check UP). */
    public boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the service to stop (SIGTERM), so it can finish requests and close its connections. */
    public void requestStop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /**
     * Waits until {@code deadlineNanos} ({@link System#nanoTime()}) for the stop, then kills it. True when the
     * service ended by itself (in time, not killed).
     */
    public boolean awaitStop(long deadlineNanos) {
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0 && process.waitFor(left, TimeUnit.NANOSECONDS)) {
                return true;
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The last {@code count} lines of the service's log. */
    public String logTail(int count) {
        return tail(log, count);
    }

    static String tail(Path file, int count) {
        if (!Files.exists(file)) {
            return "(no log written)";
        }
        Deque<String> last = new ArrayDeque<>(count);
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                if (last.size() == count) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
        return last.isEmpty() ? "(log is empty)" : String.join(System.lineSeparator(), new ArrayList<>(last));
    }
}
