package org.csp.platform.testing;

/** The JVM-wide registry of the shared test infrastructure, reachable from any class loader through JMX. */
public interface InfrastructureRegistryMBean {

    /** Starts the broker on first call; returns {@code port:controllerPort}. */
    String kafkaPorts();

    void startKafka();

    void stopKafka();

    /** Starts the server on first call; returns its port. */
    int postgresPort();

    void startPostgres();

    void stopPostgres();
}
