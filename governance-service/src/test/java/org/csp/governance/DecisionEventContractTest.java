package org.csp.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/** A decision about something that is not a platform resource (subject type other) publishes subject.id null, as the AsyncAPI document says. */
@QuarkusTest
class DecisionEventContractTest {

    @Inject
    PlatformClock clock;

    @Test
    void aDecisionAboutOtherPublishesANullSubjectIdThatMatchesTheAsyncApiDocument() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        String decision = Fixtures.noteAboutOther();

        ConsumerRecord<String, String> recorded = KafkaTestClient.awaitRecord("csp.governance.events",
                Fixtures.decisionEvent(decision, "org.csp.governance.decision-recorded.v1"), Duration.ofSeconds(30));

        JsonPath payload = new JsonPath(recorded.value());
        assertEquals("other", payload.getString("subject.type"));
        assertNull(payload.getString("subject.id"));
        assertEquals("NOTE", payload.getString("action"));
        AsyncApiContract.assertValid("governance", recorded);
    }
}
