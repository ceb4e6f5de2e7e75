package org.csp.platform.time;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock services read (inject {@link Clock}). In production it is the system clock in the
 * council's zone. A test profile can start it at a fixed instant ({@code csp.clock.fixed}) or shifted
 * ({@code csp.clock.offset}), and tests can move it forward, so deadlines pass without waiting for days.
 */
@Singleton
public class PlatformClock extends Clock {

    private final ZoneId zone;
    private final Instant fixedStart;
    private final AtomicReference<Duration> offset;

    public PlatformClock(@ConfigProperty(name = "csp.clock.zone", defaultValue = "Europe/London") ZoneId zone,
            @ConfigProperty(name = "csp.clock.fixed") Optional<Instant> fixed,
            @ConfigProperty(name = "csp.clock.offset", defaultValue = "PT0S") Duration offset) {
        this.zone = zone;
        this.fixedStart = fixed.orElse(null);
        this.offset = new AtomicReference<>(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /**
     * To the microsecond, the precision of PostgreSQL's {@code timestamptz}: a moment is the same in the answer
     * to the request that made it, in its event and in every later read of the row.
     */
    @Override
    public Instant instant() {
        Instant base = fixedStart != null ? fixedStart : Instant.now();
        return base.plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }

    /** Moves this clock forward (or back); only test profiles have a reason to. */
    public void shift(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public Duration offset() {
        return offset.get();
    }
}
