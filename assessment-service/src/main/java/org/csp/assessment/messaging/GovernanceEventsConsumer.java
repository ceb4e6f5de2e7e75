package org.csp.assessment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.assessment.service.EndorsementService;
import org.csp.platform.events.EventType;
import org.csp.platform.inbox.EventRouter;
import org.csp.platform.inbox.InboxProcessor;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Transport adapter for {@code csp.governance.events}: hands each record to the inbox. */
@ApplicationScoped
public class GovernanceEventsConsumer {

    static final EventType DECISION_EFFECTIVE = EventType.of("governance", "decision-effective", 1);

    @Inject
    InboxProcessor inbox;

    private final EventRouter router;

    @Inject
    GovernanceEventsConsumer(EndorsementService endorsements) {
        this.router = EventRouter.builder().on(DECISION_EFFECTIVE, endorsements::onDecisionEffective).build();
    }

    @Incoming("governance-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, router);
    }
}
