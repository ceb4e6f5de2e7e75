package org.csp.platform.testing;

/**
 * One PostgreSQL and one Kafka per test JVM, started on first use and stopped when the JVM exits.
 * Tests that simulate outages stop and restart them through these handles.
 */
public final class SharedInfrastructure {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;

    private SharedInfrastructure() {
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafkaBroker.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "embedded-kafka-stop"));
        }
        return kafka;
    }
}
