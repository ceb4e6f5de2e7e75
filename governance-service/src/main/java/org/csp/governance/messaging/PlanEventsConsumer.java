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

/** Transport adapter for {@code csp.plan.events}: hands each record to the inbox. */
@ApplicationScoped
public class PlanEventsConsumer {

    @Inject
    InboxProcessor inbox;

    static final EventType PLAN_STATUS_CHANGED = EventType.of("plan", "plan-status-changed", 1);

    private final EventRouter router;

    @Inject
    PlanEventsConsumer(ObligationService obligations) {
        this.router = EventRouter.builder().on(PLAN_STATUS_CHANGED, obligations::onPlanStatusChanged).build();
    }

    @Incoming("plan-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, router);
    }
}
