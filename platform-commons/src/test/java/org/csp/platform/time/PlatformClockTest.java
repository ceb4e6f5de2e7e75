package org.csp.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformClockTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aMomentHasTheDatabasesPrecisionOfAMicrosecondSoAReadBackEqualsIt() {
        PlatformClock clock = new PlatformClock(LONDON, Optional.empty(), Duration.ofNanos(123_456_789));
        for (int i = 0; i < 1000; i++) {
            Instant now = clock.instant();
            assertEquals(0, now.getNano() % 1000, now.toString());
        }
    }

    @Test
    void aFixedClockStartsAtItsInstantAndMovesOnlyWhenShifted() {
        PlatformClock clock = new PlatformClock(LONDON, Optional.of(Instant.parse("2019-02-12T20:00:00Z")), Duration.ZERO);
        assertEquals(Instant.parse("2019-02-12T20:00:00Z"), clock.instant());
        clock.shift(Duration.ofDays(14).plusNanos(1_500));
        assertEquals(Instant.parse("2019-02-26T20:00:00.000001Z"), clock.instant());
        assertTrue(clock.offset().toNanos() % 1000 != 0, "the offset itself is kept exact; only the moment is rounded down");
    }
}
