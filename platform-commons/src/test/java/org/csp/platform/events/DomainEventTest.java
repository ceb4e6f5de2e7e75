package org.csp.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DomainEventTest {

    static final EventType TYPE = EventType.of("governance", "decision-recorded", 1);

    @Test
    void anEventIsKeyedByItsAggregateIdUnlessGivenAnotherOrderingKey() {
        UUID decision = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        DomainEvent event = DomainEvent.of("decision", decision, TYPE, Map.of("n", 1));
        assertEquals(decision.toString(), event.key());
        assertEquals("decision/" + decision, event.subject());

        DomainEvent keyed = event.keyedBy(plan);
        assertEquals(plan.toString(), keyed.key());
        assertEquals("decision/" + decision, keyed.subject(), "the subject still names the aggregate");
        assertEquals(decision.toString(), keyed.aggregateId());
        assertEquals(event.payload(), keyed.payload());
    }

    @Test
    void theKeyCannotBeMissingOrBlank() {
        DomainEvent event = DomainEvent.of("decision", UUID.randomUUID(), TYPE, Map.of("n", 1));
        assertThrows(NullPointerException.class, () -> event.keyedBy(null));
        assertThrows(IllegalArgumentException.class, () -> event.keyedBy(" "));
    }
}
