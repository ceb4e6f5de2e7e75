package org.csp.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a fault test counts: events the services were asked to publish (sent) and how many distinct ones
 * reached their topics (delivered; records beyond that are at-least-once redeliveries on the wire), the
 * consumers' effects expected and found, effects found more than once (duplicates) and never (lost).
 */
final class FaultCounts {

    final String fault;
    long sent;
    long delivered;
    long redelivered;
    long expectedEffects;
    long effects;
    long duplicates;
    long lost;

    FaultCounts(String fault) {
        this.fault = fault;
    }

    /** Prints the counts for the test output, then asserts nothing was lost and nothing done twice. */
    FaultCounts printAndCheck() {
        System.out.println(this);
        assertEquals(sent, delivered, "events lost on the way to Kafka: " + this);
        assertEquals(expectedEffects, effects, "effects lost: " + this);
        assertEquals(0, duplicates, "effects done twice: " + this);
        assertEquals(0, lost, "effects lost: " + this);
        return this;
    }

    /** Everything sent arrived and every expected effect is there (duplicates are judged afterwards). */
    boolean settled() {
        return sent == delivered && expectedEffects == effects;
    }

    /**
     * Counts again and again until everything has settled or the time is up, and returns the last counts
     * (which {@link #printAndCheck()} then reports, settled or not).
     */
    static FaultCounts awaitSettled(java.util.function.Supplier<FaultCounts> count, java.time.Duration atMost) {
        java.util.concurrent.atomic.AtomicReference<FaultCounts> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            org.awaitility.Awaitility.await().atMost(atMost).pollInterval(java.time.Duration.ofSeconds(2))
                    .until(() -> {
                        last.set(count.get());
                        return last.get().settled();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException notSettled) {
            System.out.println("[fault counts] not settled within " + atMost + ": " + last.get());
        }
        return last.get() != null ? last.get() : count.get();
    }

    @Override
    public String toString() {
        return "[fault counts] %s: sent=%d delivered=%d (redelivered on the wire=%d) effects=%d/%d duplicates=%d lost=%d"
                .formatted(fault, sent, delivered, redelivered, effects, expectedEffects, duplicates, lost);
    }
}
