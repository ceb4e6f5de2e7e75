package org.csp.grant.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.inbox.EventRouter;
import org.csp.platform.inbox.InboxProcessor;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Transport adapter for {@code csp.plan.events}: hands each record to the inbox. */
@ApplicationScoped
public class PlanEventsConsumer {

    @Inject
    InboxProcessor inbox;

    private final EventRouter router = EventRouter.builder().build();

    @Incoming("plan-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, router);
    }
}
