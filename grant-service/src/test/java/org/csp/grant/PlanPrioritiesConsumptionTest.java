package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.csp.grant.GrantFixtures.PLAN_TOPIC;
import static org.csp.grant.GrantFixtures.bidBody;
import static org.csp.grant.GrantFixtures.isCurrent;
import static org.csp.grant.GrantFixtures.planHeaders;
import static org.csp.grant.GrantFixtures.prioritiesChanged;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The current plan priorities, from plan-service's priorities-changed events: idempotent, poison dead-lettered. */
@QuarkusTest
class PlanPrioritiesConsumptionTest {

    static final String DLQ = "csp.grant.dlq";

    @Test
    void anAdoptedPlansPrioritiesAreCurrentUntilItIsSuperseded() {
        String planId = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String adoption = UUID.randomUUID().toString();
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(adoption), prioritiesChanged(planId, "ADOPTED", first, second));
        await().atMost(Duration.ofSeconds(30)).until(() -> isCurrent(first) && isCurrent(second));

        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()),
                prioritiesChanged(planId, "SUPERSEDED", first, second));
        await().atMost(Duration.ofSeconds(30)).until(() -> !isCurrent(first) && !isCurrent(second));

        // the adoption delivered again (same event id) is a duplicate and changes nothing
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(adoption), prioritiesChanged(planId, "ADOPTED", first, second));
        String marker = UUID.randomUUID().toString();
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()),
                prioritiesChanged(UUID.randomUUID().toString(), "ADOPTED", marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> isCurrent(marker));
        assertFalse(isCurrent(first));
    }

    @Test
    void aReadoptionListsTheCurrentPrioritiesInFull() {
        String planId = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        String dropped = UUID.randomUUID().toString();
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()),
                prioritiesChanged(planId, "ADOPTED", kept, dropped));
        await().atMost(Duration.ofSeconds(30)).until(() -> isCurrent(dropped));
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()),
                prioritiesChanged(planId, "ADOPTED", kept));
        await().atMost(Duration.ofSeconds(30)).until(() -> !isCurrent(dropped));
        assertTrue(isCurrent(kept));
    }

    @Test
    void aBidForAPriorityThatIsNoLongerCurrentIsRefusedWithThatReason() {
        String planId = UUID.randomUUID().toString();
        String priority = UUID.randomUUID().toString();
        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()),
                prioritiesChanged(planId, "ADOPTED", priority));
        await().atMost(Duration.ofSeconds(30)).until(() -> isCurrent(priority));
        String awardId = GrantFixtures.award(1_000_000, 0);
        String draft = GrantFixtures.draftBid(TestTokens.officer(), bidBody(awardId, "SUB_GROUP", "cysg", 1000, priority));

        KafkaTestClient.send(PLAN_TOPIC, planId, planHeaders(UUID.randomUUID().toString()),
                prioritiesChanged(planId, "SUPERSEDED", priority));
        await().atMost(Duration.ofSeconds(30)).until(() -> !isCurrent(priority));

        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(bidBody(awardId, "SUB_GROUP", "cysg", 1000, priority)).post("/api/v1/bids")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/priority-not-current"))
                .body("notCurrentPriorityIds", hasItem(priority));
        GrantFixtures.post(TestTokens.officer(), draft, "submit", null).then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/priority-not-current"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", draft).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void unreadableEventsAreDeadLetteredAndTheConsumerGoesOn() {
        String key = UUID.randomUUID().toString();
        String noPlan = UUID.randomUUID().toString();
        String badStatus = UUID.randomUUID().toString();
        String unknownVersion = UUID.randomUUID().toString();
        KafkaTestClient.send(PLAN_TOPIC, key, planHeaders(noPlan), "{\"status\":\"ADOPTED\",\"priorities\":[]}");
        KafkaTestClient.send(PLAN_TOPIC, key, planHeaders(badStatus), prioritiesChanged(key, "MAYBE", UUID.randomUUID().toString()));
        var v9 = planHeaders(unknownVersion);
        v9.put("ce_type", "org.csp.plan.priorities-changed.v9");
        KafkaTestClient.send(PLAN_TOPIC, key, v9, prioritiesChanged(key, "ADOPTED", UUID.randomUUID().toString()));
        var other = planHeaders(UUID.randomUUID().toString());
        other.put("ce_type", "org.csp.plan.plan-status-changed.v1");
        KafkaTestClient.send(PLAN_TOPIC, key, other, "{\"actionId\":\"x\"}");

        String after = UUID.randomUUID().toString();
        KafkaTestClient.send(PLAN_TOPIC, key, planHeaders(UUID.randomUUID().toString()),
                prioritiesChanged(UUID.randomUUID().toString(), "ADOPTED", after));
        await().atMost(Duration.ofSeconds(30)).until(() -> isCurrent(after));

        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(DLQ,
                r -> noPlan.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains("no planId"));
        dead = KafkaTestClient.awaitRecord(DLQ, r -> badStatus.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains("expected ADOPTED or SUPERSEDED"));
        dead = KafkaTestClient.awaitRecord(DLQ, r -> unknownVersion.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains("unsupported version 9"));
        assertFalse(KafkaTestClient.readAll(DLQ, r -> key.equals(r.key())
                && "org.csp.plan.plan-status-changed.v1".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(2), 1)
                .size() > 0);
    }
}
