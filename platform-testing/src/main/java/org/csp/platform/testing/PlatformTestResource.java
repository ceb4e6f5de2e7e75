package org.csp.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service under test at a real PostgreSQL and a real Kafka broker (both embedded, no Docker)
 * and at the test token issuer's public key.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        EmbeddedPostgresServer postgres = SharedInfrastructure.postgres();
        EmbeddedKafkaBroker kafka = SharedInfrastructure.kafka();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("postgres"),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                // inline, so it takes precedence over the throwaway key smallrye-jwt generates in test mode
                "mp.jwt.verify.publickey", TestTokens.publicKeyPem(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.audiences", TestTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        // Shared for the whole test JVM; stopped by a shutdown hook.
    }
}
