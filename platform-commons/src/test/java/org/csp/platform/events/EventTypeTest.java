package org.csp.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void theWireTypeCarriesServiceNameAndVersion() {
        EventType type = EventType.of("assessment", "assessment-published", 1);
        assertEquals("org.csp.assessment.assessment-published.v1", type.wire());
        assertEquals("urn:csp:events:assessment:assessment-published:1", type.dataSchema());
        assertEquals(type, EventType.parse(type.wire()));
    }

    @Test
    void versionsOfOneEventShareAFamily() {
        assertEquals(EventType.parse("org.csp.plan.plan-status-changed.v1").family(),
                EventType.parse("org.csp.plan.plan-status-changed.v2").family());
    }

    @Test
    void anUnrecognisedTypeIsPoison() {
        PoisonMessageException e = assertThrows(PoisonMessageException.class, () -> EventType.parse("com.other.thing"));
        assertTrue(e.getMessage().contains("com.other.thing"));
        assertThrows(PoisonMessageException.class, () -> EventType.parse(null));
        assertThrows(PoisonMessageException.class, () -> EventType.parse("org.csp.plan.plan-status-changed"));
    }

    @Test
    void aVersionBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EventType.of("plan", "x", 0));
    }
}
