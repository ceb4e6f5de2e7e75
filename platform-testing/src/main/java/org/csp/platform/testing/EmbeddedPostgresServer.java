package org.csp.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL server from the binaries zonky ships in Maven jars. When the JVM runs as root,
 * zonky starts it as an unprivileged user (PostgreSQL refuses root). Stop and start again with the
 * same directory and port to simulate an outage.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final int port;
    private final boolean persistent;
    private final boolean registerShutdownHook;
    private EmbeddedPostgres postgres;
    /** Set when this is a handle on a server another class loader started (see {@link SharedInfrastructure}). */
    private final Map<String, Object> remote;

    private EmbeddedPostgresServer(Path dataDirectory, int port, boolean persistent, boolean registerShutdownHook) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.persistent = persistent;
        this.registerShutdownHook = registerShutdownHook;
        this.remote = null;
    }

    private EmbeddedPostgresServer(Map<String, Object> remote) {
        this.dataDirectory = null;
        this.port = (Integer) remote.get("port");
        this.persistent = false;
        this.registerShutdownHook = false;
        this.remote = remote;
    }

    /** What another class loader needs to use this server: JDK types only. */
    Map<String, Object> export() {
        return Map.of("port", port, "start", (Runnable) this::start, "stop", (Runnable) this::stop);
    }

    static EmbeddedPostgresServer attach(Map<String, Object> exported) {
        return new EmbeddedPostgresServer(exported);
    }

    /** A throwaway server on a free port (tests). */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("csp-pg-");
            return start(dir, FreePorts.find(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server whose data survives restarts in {@code dataDirectory} (local run). */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean persistent) {
        return start(dataDirectory, port, persistent, true);
    }

    /**
     * As {@link #start(Path, int, boolean)}; with {@code registerShutdownHook} false the caller alone stops
     * the server (a launcher that must stop its services before the database uses this, since JVM shutdown
     * hooks run in no defined order). An existing data directory is reused as it is: zonky runs initdb only
     * when it holds no postgresql.conf, and never deletes it (clean-data-directory is off).
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean persistent,
            boolean registerShutdownHook) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, port, persistent, registerShutdownHook);
        server.start();
        return server;
    }

    public synchronized void start() {
        if (remote != null) {
            ((Runnable) remote.get("start")).run();
            return;
        }
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", persistent ? "on" : "off")
                    .setServerConfig("synchronous_commit", persistent ? "on" : "off")
                    .setServerConfig("full_page_writes", persistent ? "on" : "off")
                    // Commit times of transactions (pg_xact_commit_timestamp(xmin)): the benchmark's event
                    // propagation is measured from the publishing commit to the consuming commit with them.
                    .setServerConfig("track_commit_timestamp", persistent ? "on" : "off")
                    .setRegisterShutdownHook(registerShutdownHook)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server, keeping its data (a later {@link #start()} brings it back). */
    public synchronized void stop() {
        if (remote != null) {
            ((Runnable) remote.get("stop")).run();
            return;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public boolean isRunning() {
        return remote != null || postgres != null;
    }

    @Override
    public void close() {
        stop();
    }
}
