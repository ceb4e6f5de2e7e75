package org.csp.governance;

import static org.csp.governance.Fixtures.decide;
import static org.csp.governance.Fixtures.etag;
import static org.csp.governance.Fixtures.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/**
 * Decision events are keyed by their subject's id, not by the decision id: the committee's RECOMMEND and Council's
 * later ADOPT of one plan are two decisions, and a consumer reading one partition each (plan-service) must read them
 * in that order, so both go to the plan's partition. A decision about no resource is keyed by its own id.
 */
@QuarkusTest
class DecisionsAboutOneSubjectStayInOrderTest {

    static final String EFFECTIVE = "org.csp.governance.decision-effective.v1";

    @Inject
    PlatformClock clock;

    @Test
    void theRecommendAndTheAdoptOfOnePlanAreKeyedByThePlanSoTheyReachOnePartitionInOrder() {
        Fixtures.setClock(clock, "2019-03-19T20:00:00Z");
        String planId = UUID.randomUUID().toString();
        String plan = "{\"type\":\"community-safety-plan\",\"id\":\"" + planId + "\"}";
        Fixtures.PlanBodies bodies = Fixtures.committeeAndCouncil();

        String march = held(bodies.committee(), "2019-03-19", bodies.chair());
        String recommend = decide(march, Fixtures.item(march, "SUBSTANTIVE", "Community Safety Plan 2019-22", plan),
                Fixtures.unanimous("That Council be recommended to adopt the Community Safety Plan 2019-22.", "RECOMMENDS", bodies.council(), "RECOMMEND"))
                .then().statusCode(201).extract().path("id");
        Fixtures.setClock(clock, "2019-04-10T20:00:00Z");
        String april = held(bodies.council(), "2019-04-10", bodies.mayor(), bodies.chair());
        String adopt = decide(april, Fixtures.item(april, "SUBSTANTIVE", "Community Safety Plan 2019-22", plan),
                Fixtures.unanimous("That the Community Safety Plan 2019-22 be adopted.", "DECIDES", null, "ADOPT"))
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> recommended = effective(recommend);
        ConsumerRecord<String, String> adopted = effective(adopt);
        assertEquals(planId, recommended.key(), "the RECOMMEND is keyed by the plan it is about");
        assertEquals(planId, adopted.key(), "the ADOPT is keyed by the plan it is about");
        assertEquals(recommended.partition(), adopted.partition(), "both decisions about the plan are on one partition");
        assertTrue(recommended.offset() < adopted.offset(), "the ADOPT follows the RECOMMEND on that partition");
        AsyncApiContract.assertValid("governance", recommended);
        AsyncApiContract.assertValid("governance", adopted);
    }

    @Test
    void aDecisionAboutNoResourceIsKeyedByItsOwnId() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        String decision = Fixtures.noteAboutOther();

        ConsumerRecord<String, String> recorded = KafkaTestClient.awaitRecord("csp.governance.events",
                Fixtures.decisionEvent(decision, "org.csp.governance.decision-recorded.v1"), Duration.ofSeconds(30));
        assertEquals(decision, recorded.key());
        AsyncApiContract.assertValid("governance", recorded);
    }

    /** The decision-effective event of a decision. */
    static ConsumerRecord<String, String> effective(String decisionId) {
        return KafkaTestClient.awaitRecord("csp.governance.events", Fixtures.decisionEvent(decisionId, EFFECTIVE),
                Duration.ofSeconds(30));
    }

    /** A held meeting of the body, chaired by the first councillor, every one of them present. */
    static String held(String body, String date, String... present) {
        String meeting = Fixtures.meeting(body, date);
        Fixtures.hold(meeting, date);
        String entries = Arrays.stream(present).map("{\"kind\":\"PRESENT\",\"councillorId\":\"%s\"}"::formatted)
                .collect(Collectors.joining(","));
        put("/api/v1/meetings/{id}/attendance", etag("/api/v1/meetings/{id}", meeting),
                "{\"chairId\":\"%s\",\"entries\":[%s]}".formatted(present[0], entries), meeting).then().statusCode(200);
        return meeting;
    }
}
