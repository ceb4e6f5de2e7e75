package org.csp.plan.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.plan.service.PlanDecisionService;
import org.csp.platform.events.EventType;
import org.csp.platform.inbox.EventRouter;
import org.csp.platform.inbox.InboxProcessor;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Transport adapter for {@code csp.governance.events}: only decisions that took effect move a plan. */
@ApplicationScoped
public class GovernanceEventsConsumer {

    static final EventType DECISION_EFFECTIVE = EventType.of("governance", "decision-effective", 1);

    @Inject
    InboxProcessor inbox;

    private final EventRouter router;

    @Inject
    GovernanceEventsConsumer(PlanDecisionService decisions) {
        this.router = EventRouter.builder().on(DECISION_EFFECTIVE, decisions::applyEffectiveDecision).build();
    }

    @Incoming("governance-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, router);
    }
}
