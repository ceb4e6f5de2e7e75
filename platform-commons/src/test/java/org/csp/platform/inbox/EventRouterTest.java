package org.csp.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.csp.platform.events.EventType;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;
import org.junit.jupiter.api.Test;

class EventRouterTest {

    static final EventType DECISION_EFFECTIVE = EventType.of("governance", "decision-effective", 1);

    static IncomingEvent event(String type) {
        return new IncomingEvent("id-1", "/csp/governance-service", EventType.parse(type), null, null, null, null, "key",
                JsonNodeFactory.instance.objectNode());
    }

    private final EventRouter router = EventRouter.builder().on(DECISION_EFFECTIVE, e -> { }).build();

    @Test
    void aRoutedTypeAndVersionHasAnEffect() {
        assertNotNull(router.route(event("org.csp.governance.decision-effective.v1")));
    }

    @Test
    void typesTheConsumerDoesNotReadAreIgnored() {
        assertNull(router.route(event("org.csp.governance.decision-recorded.v1")));
    }

    @Test
    void anUnknownVersionOfAKnownTypeIsPoison() {
        PoisonMessageException e = assertThrows(PoisonMessageException.class,
                () -> router.route(event("org.csp.governance.decision-effective.v2")));
        assertTrue(e.getMessage().contains("unsupported version 2"));
    }
}
