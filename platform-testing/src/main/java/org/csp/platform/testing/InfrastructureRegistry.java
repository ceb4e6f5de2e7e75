package org.csp.platform.testing;

/** Holds the one PostgreSQL and one Kafka of this JVM; see {@link SharedInfrastructure}. */
public class InfrastructureRegistry implements InfrastructureRegistryMBean {

    private EmbeddedKafkaBroker kafka;
    private EmbeddedPostgresServer postgres;

    @Override
    public synchronized String kafkaPorts() {
        if (kafka == null) {
            kafka = EmbeddedKafkaBroker.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "embedded-kafka-stop"));
        }
        return kafka.port() + ":" + kafka.controllerPort();
    }

    @Override
    public void startKafka() {
        kafkaPorts();
        kafka.start();
    }

    @Override
    public void stopKafka() {
        kafkaPorts();
        kafka.stop();
    }

    @Override
    public synchronized int postgresPort() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
        }
        return postgres.port();
    }

    @Override
    public void startPostgres() {
        postgresPort();
        postgres.start();
    }

    @Override
    public void stopPostgres() {
        postgresPort();
        postgres.stop();
    }
}
