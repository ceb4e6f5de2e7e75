package org.csp.plan.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.plan.service.FundingService;
import org.csp.platform.events.EventType;
import org.csp.platform.inbox.EventRouter;
import org.csp.platform.inbox.InboxProcessor;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Transport adapter for {@code csp.grant.events}: approved bids and changed allocations fund actions. */
@ApplicationScoped
public class GrantEventsConsumer {

    static final EventType BID_APPROVED = EventType.of("grant", "bid-approved", 1);
    static final EventType ALLOCATION_CHANGED = EventType.of("grant", "allocation-changed", 1);

    @Inject
    InboxProcessor inbox;

    private final EventRouter router;

    @Inject
    GrantEventsConsumer(FundingService funding) {
        this.router = EventRouter.builder()
                .on(BID_APPROVED, funding::recordApprovedBid)
                .on(ALLOCATION_CHANGED, funding::recordAllocationChange)
                .build();
    }

    @Incoming("grant-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, router);
    }
}
