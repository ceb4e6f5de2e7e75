package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.csp.platform.events.DomainEvent;
import org.csp.platform.events.EventType;
import org.csp.platform.outbox.EventPublisher;
import org.csp.platform.outbox.OutboxEvent;
import org.csp.platform.testing.EmbeddedKafkaBroker;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.SharedInfrastructure;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The transactional outbox: nothing sent for a rollback, nothing lost while the broker is down. */
@QuarkusTest
class OutboxTest {

    static final EventType PROBE = EventType.of("assessment", "outbox-probe", 1);

    @Inject
    EventPublisher publisher;

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String aggregate = UUID.randomUUID().toString();
        QuarkusTransaction.begin();
        UUID eventId = publisher.publish(DomainEvent.of("probe", aggregate, PROBE, Map.of("n", 1)));
        QuarkusTransaction.rollback();

        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("id", eventId)));
        String committed = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> publisher.publish(DomainEvent.of("probe", committed, PROBE, Map.of("n", 2))));
        // once the later, committed event is on the topic, the rolled-back one would have been sent before it
        KafkaTestClient.awaitRecord("csp.assessment.events", r -> committed.equals(r.key()), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.readAll("csp.assessment.events", r -> aggregate.equals(r.key()), Duration.ofSeconds(2), 1).isEmpty());
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreSentWhenItReturns() {
        EmbeddedKafkaBroker kafka = SharedInfrastructure.kafka();
        String area = "outage-" + UUID.randomUUID();
        kafka.stop();
        String id;
        try {
            id = AssessmentPublishingTest.create(area).then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"0\"")
                    .post("/api/v1/assessments/{id}/publish", id).then().statusCode(200);
            String pending = id;
            assertEquals(1, QuarkusTransaction.requiringNew().call(
                    () -> OutboxEvent.count("aggregateId = ?1 and sentAt is null", pending)));
        } finally {
            kafka.start();
        }
        String published = id;
        KafkaTestClient.awaitRecord("csp.assessment.events", r -> published.equals(r.key()), Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.count("aggregateId = ?1 and sentAt is not null", published)) == 1);
    }
}
