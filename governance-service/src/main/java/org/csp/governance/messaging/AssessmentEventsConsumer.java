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

/** Transport adapter for {@code csp.assessment.events}: hands each record to the inbox. */
@ApplicationScoped
public class AssessmentEventsConsumer {

    @Inject
    InboxProcessor inbox;

    static final EventType ASSESSMENT_PUBLISHED = EventType.of("assessment", "assessment-published", 1);

    private final EventRouter router;

    @Inject
    AssessmentEventsConsumer(ObligationService obligations) {
        this.router = EventRouter.builder().on(ASSESSMENT_PUBLISHED, obligations::onAssessmentPublished).build();
    }

    @Incoming("assessment-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, router);
    }
}
