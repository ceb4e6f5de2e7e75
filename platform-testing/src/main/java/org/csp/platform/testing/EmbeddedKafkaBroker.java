package org.csp.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), in this JVM.
 * Uses Kafka's server classes, whose version must equal the kafka-clients version of the Quarkus BOM.
 * Stop and start again with the same directory and ports to simulate an outage.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    static {
        // Kafka ends the process on a fatal fault; in a shared JVM that would kill the tests or the
        // launcher with exit code 1 and no word. Report the fault instead.
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("embedded Kafka asked to exit(" + code + "): " + message);
        });
        Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("embedded Kafka asked to halt(" + code + "): " + message);
        });
    }

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;
    /** Set when this is a handle on a broker another class loader started (see {@link SharedInfrastructure}). */
    private final Map<String, Object> remote;

    private EmbeddedKafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.remote = null;
    }

    private EmbeddedKafkaBroker(Map<String, Object> remote) {
        this.logDirectory = null;
        this.port = (Integer) remote.get("port");
        this.controllerPort = (Integer) remote.get("controllerPort");
        this.remote = remote;
    }

    /** What another class loader needs to use this broker: JDK types only. */
    Map<String, Object> export() {
        return Map.of("port", port, "controllerPort", controllerPort, "start", (Runnable) this::start,
                "stop", (Runnable) this::stop);
    }

    static EmbeddedKafkaBroker attach(Map<String, Object> exported) {
        return new EmbeddedKafkaBroker(exported);
    }

    /** A throwaway broker on free ports (tests). */
    public static EmbeddedKafkaBroker startTemporary() {
        try {
            return start(Files.createTempDirectory("csp-kafka-"), FreePorts.find(), FreePorts.find());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker whose topics survive restarts in {@code logDirectory} (local run). */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port, int controllerPort) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(logDirectory, port, controllerPort);
        broker.start();
        return broker;
    }

    public synchronized void start() {
        if (remote != null) {
            ((Runnable) remote.get("start")).run();
            return;
        }
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            Properties props = properties();
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(props);
            }
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded Kafka on port " + port, e);
        }
    }

    /** Stops the broker, keeping its log (a later {@link #start()} brings the same topics back). */
    public synchronized void stop() {
        if (remote != null) {
            ((Runnable) remote.get("stop")).run();
            return;
        }
        if (server != null) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } finally {
                server = null;
            }
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public boolean isRunning() {
        return remote != null || server != null;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDirectory.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        // The log cleaner's dedupe buffer is 128 MB of heap by default: far too much for a test JVM.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.put("log.cleaner.io.buffer.size", String.valueOf(256 * 1024));
        p.put("log.cleaner.threads", "1");
        return p;
    }

    private void format(Properties props) throws IOException {
        Path config = logDirectory.resolveSibling(logDirectory.getFileName() + "-server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "embedded KRaft broker");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                    config.toString(), "--ignore-formatted"}, print);
        }
        if (status != 0) {
            throw new IllegalStateException("formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
