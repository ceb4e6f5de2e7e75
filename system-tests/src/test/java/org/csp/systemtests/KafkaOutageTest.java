package org.csp.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kafka stopped while writes keep arriving in every service: the writes are acknowledged (the events wait
 * in each service's outbox), and after Kafka is back every event is delivered and every consumer's effect
 * happens exactly once.
 */
@ExtendWith(TheSystem.class)
@Order(Order.DEFAULT + 3)
class KafkaOutageTest {

    static final int ROUNDS_BEFORE = 2;
    static final int ROUNDS_DURING = 4;

    @AfterAll
    static void restore() {
        TheSystem.restore();
    }

    @Test
    void everyEventWrittenWhileKafkaIsDownIsDeliveredAfterItsRestartAndActedOnExactlyOnce() {
        Traffic traffic = new Traffic();
        for (int i = 0; i < ROUNDS_BEFORE; i++) {
            traffic.round();
        }
        TheSystem.get().kafka().stop();
        try {
            for (int i = 0; i < ROUNDS_DURING; i++) {
                traffic.round(); // every write in every service is acknowledged while the broker is down
            }
        } finally {
            TheSystem.get().kafka().start();
        }
        assertEquals(ROUNDS_BEFORE + ROUNDS_DURING, traffic.rounds.size());
        FaultCounts.awaitSettled(() -> traffic.counts("Kafka stopped and restarted while writes kept arriving"),
                Duration.ofMinutes(3)).printAndCheck();
    }
}
