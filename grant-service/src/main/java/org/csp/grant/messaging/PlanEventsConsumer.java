package org.csp.grant.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.grant.service.PlanActionService;
import org.csp.grant.service.PlanPriorityService;
import org.csp.platform.events.EventType;
import org.csp.platform.inbox.EventRouter;
import org.csp.platform.inbox.InboxProcessor;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Transport adapter for {@code csp.plan.events}: hands each record to the inbox. */
@ApplicationScoped
public class PlanEventsConsumer {

    static final EventType PRIORITIES_CHANGED = EventType.of("plan", "priorities-changed", 1);
    static final EventType ACTION_CREATED = EventType.of("plan", "action-created", 1);
    static final EventType ACTION_STATUS_CHANGED = EventType.of("plan", "action-status-changed", 1);

    @Inject
    InboxProcessor inbox;

    private final EventRouter router;

    @Inject
    PlanEventsConsumer(PlanPriorityService priorities, PlanActionService actions) {
        this.router = EventRouter.builder().on(PRIORITIES_CHANGED, priorities::applyPrioritiesChanged)
                .on(ACTION_CREATED, actions::applyActionCreated)
                .on(ACTION_STATUS_CHANGED, actions::applyActionStatusChanged).build();
    }

    @Incoming("plan-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, router);
    }
}
