package org.csp.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's place in the event backbone: {@code csp.events.*}. */
@ConfigMapping(prefix = "csp.events")
public interface EventsConfig {

    /** Short service name used in event types and as the consumer name, e.g. {@code assessment}. */
    String service();

    /** CloudEvents {@code source} of what this service publishes, e.g. {@code /csp/assessment-service}. */
    String source();

    /** The topic this service publishes to. */
    String topic();

    Relay relay();

    interface Relay {
        /** Fallback poll for events a prompt send missed (crash, broker down). */
        @WithDefault("2s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long sent rows are kept before the cleanup removes them. */
        @WithDefault("P7D")
        Duration retention();

        /** Set false only in tests that drive the relay by hand. */
        @WithDefault("true")
        boolean enabled();
    }
}
