package org.csp.governance.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.governance.service.ObligationService;
import org.csp.platform.events.EventType;
import org.csp.platform.inbox.EventRouter;
import org.csp.platform.inbox.InboxProcessor;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Transport adapter for {@code csp.grant.events}: hands each record to the inbox. */
@ApplicationScoped
public class GrantEventsConsumer {

    @Inject
    InboxProcessor inbox;

    static final EventType AWARD_CREATED = EventType.of("grant", "award-created", 1);

    private final EventRouter router;

    @Inject
    GrantEventsConsumer(ObligationService obligations) {
        this.router = EventRouter.builder().on(AWARD_CREATED, obligations::onAwardCreated).build();
    }

    @Incoming("grant-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, router);
    }
}
