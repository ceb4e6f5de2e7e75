package org.csp.platform.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.csp.platform.events.EventType;
import org.csp.platform.events.IncomingEvent;
import org.csp.platform.events.PoisonMessageException;

/**
 * Which effect a consumer applies for which event type and version. Types it has no route for are
 * ignored (another consumer's business); a known type in a version it does not know is poison.
 */
public final class EventRouter {

    private final Map<String, Map<Integer, Consumer<IncomingEvent>>> routes;

    private EventRouter(Map<String, Map<Integer, Consumer<IncomingEvent>>> routes) {
        this.routes = routes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The effect for this event, or {@code null} when the consumer does not care about its type. */
    public Consumer<IncomingEvent> route(IncomingEvent event) {
        Map<Integer, Consumer<IncomingEvent>> versions = routes.get(event.type().family());
        if (versions == null) {
            return null;
        }
        Consumer<IncomingEvent> effect = versions.get(event.type().version());
        if (effect == null) {
            throw new PoisonMessageException("unsupported version " + event.type().version() + " of "
                    + event.type().family() + "; this consumer reads versions " + versions.keySet());
        }
        return effect;
    }

    public static final class Builder {
        private final Map<String, Map<Integer, Consumer<IncomingEvent>>> routes = new HashMap<>();

        public Builder on(EventType type, Consumer<IncomingEvent> effect) {
            routes.computeIfAbsent(type.family(), k -> new HashMap<>()).put(type.version(), effect);
            return this;
        }

        public EventRouter build() {
            return new EventRouter(Map.copyOf(routes));
        }
    }
}
