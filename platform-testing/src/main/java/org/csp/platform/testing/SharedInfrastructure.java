package org.csp.platform.testing;

import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * One PostgreSQL and one Kafka per test JVM, started on first use and stopped when the JVM exits.
 * Tests that simulate outages stop and restart them through these handles.
 *
 * <p>Quarkus loads test resources in a new class loader each time it restarts the application (for
 * example for a test profile), so a static field alone would start a second broker, which one JVM does
 * not survive. The first loader registers an {@link InfrastructureRegistry} MBean; every loader reaches
 * the same servers through it, with JDK types only.
 */
public final class SharedInfrastructure {

    private static final ObjectName NAME = name();

    private SharedInfrastructure() {
    }

    public static EmbeddedPostgresServer postgres() {
        int port = (Integer) invoke("postgresPort");
        return EmbeddedPostgresServer.attach(Map.of("port", port,
                "start", (Runnable) () -> invoke("startPostgres"), "stop", (Runnable) () -> invoke("stopPostgres")));
    }

    public static EmbeddedKafkaBroker kafka() {
        String[] ports = ((String) invoke("kafkaPorts")).split(":");
        return EmbeddedKafkaBroker.attach(Map.of("port", Integer.parseInt(ports[0]),
                "controllerPort", Integer.parseInt(ports[1]),
                "start", (Runnable) () -> invoke("startKafka"), "stop", (Runnable) () -> invoke("stopKafka")));
    }

    private static Object invoke(String operation) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            synchronized (server) {
                if (!server.isRegistered(NAME)) {
                    server.registerMBean(new InfrastructureRegistry(), NAME);
                }
            }
            return server.invoke(NAME, operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("shared test infrastructure: " + operation + " failed", e);
        }
    }

    private static ObjectName name() {
        try {
            return new ObjectName("org.csp.platform.testing:type=InfrastructureRegistry");
        } catch (JMException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
