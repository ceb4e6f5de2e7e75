package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.PLAN_TOPIC;
import static org.csp.grant.GrantFixtures.adoptedPriorities;
import static org.csp.grant.GrantFixtures.announcedAction;
import static org.csp.grant.GrantFixtures.bidBody;
import static org.csp.grant.GrantFixtures.planHeaders;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A bid funds only plan actions that deliver the priorities it names, as plan-service announced them: an action
 * plan-service does not have would leave the approved funding on no action (plan dead-letters the event).
 */
@QuarkusTest
class FundedActionsTest {

    @Test
    void aBidFundsOnlyKnownActionsOfThePrioritiesItNames() {
        List<String> priorities = adoptedPriorities(2);
        String ours = announcedAction(priorities.get(0));
        String ofAnotherPriority = announcedAction(priorities.get(1));
        String unknown = UUID.randomUUID().toString();
        String awardId = GrantFixtures.award(1_000_000, 0);

        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(withActions(bidBody(awardId, "SUB_GROUP", "cysg", 1000, priorities.get(0)), ours, ofAnotherPriority, unknown))
                .post("/api/v1/bids").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/action-not-fundable"))
                .body("unknownActionIds", contains(unknown)).body("actionIdsOfOtherPriorities", contains(ofAnotherPriority));
        given().auth().oauth2(TestTokens.officer()).queryParam("awardId", awardId).get("/api/v1/bids")
                .then().statusCode(200).body("totalItems", equalTo(0));

        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(withActions(bidBody(awardId, "SUB_GROUP", "cysg", 1000, priorities.get(0), priorities.get(1)), ours, ofAnotherPriority))
                .post("/api/v1/bids").then().statusCode(201).body("actionIds.size()", equalTo(2));
    }

    @Test
    void anApprovalNamingAnActionOfNoPlanAllocatesNothing() {
        String priority = adoptedPriorities(1).get(0);
        String action = announcedAction(priority);
        String awardId = GrantFixtures.award(1_000_000, 0);
        String bid = GrantFixtures.shortlistedBid(awardId, 500_000, priority);

        GrantFixtures.post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":400000,\"actionIds\":[\"" + UUID.randomUUID() + "\"]}")
                .then().statusCode(422).body("type", equalTo("https://csp.example.org/problems/action-not-fundable"))
                .body("actionIdsOfOtherPriorities", empty());
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}", awardId).then().body("allocatedPence", equalTo(0));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/bids/{id}", bid).then().body("status", equalTo("SIFTED"));

        GrantFixtures.post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":400000,\"actionIds\":[\"" + action + "\"]}")
                .then().statusCode(200).body("actionIds", contains(action));
    }

    @Test
    void theActionsGrantKnowsAreListedByPriority() {
        String priority = adoptedPriorities(1).get(0);
        String action = announcedAction(priority);
        given().auth().oauth2(TestTokens.councillor()).queryParam("priorityId", priority).get("/api/v1/plan-actions")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].actionId", equalTo(action))
                .body("items[0].priorityId", equalTo(priority)).body("items[0].title", equalTo("Action " + action));
        given().auth().oauth2(TestTokens.councillor()).queryParam("priorityId", "not-a-uuid").get("/api/v1/plan-actions")
                .then().statusCode(400);
    }

    @Test
    void anActionAnnouncedWithoutItsPriorityIsDeadLettered() {
        String actionId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        var headers = planHeaders(eventId);
        headers.put("ce_type", "org.csp.plan.action-created.v1");
        KafkaTestClient.send(PLAN_TOPIC, actionId, headers, "{\"actionId\":\"" + actionId + "\",\"planId\":\"" + UUID.randomUUID() + "\"}");

        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(PlanPrioritiesConsumptionTest.DLQ,
                r -> eventId.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30));
        assertTrue(KafkaTestClient.header(dead, "dead-letter-reason").contains("priorityId"));
    }

    @Test
    void aCancelledActionIsNotFunded() {
        String priority = adoptedPriorities(1).get(0);
        String action = announcedAction(priority);
        announceStatus(action, priority, "CANCELLED");
        awaitStatus(priority, action, "CANCELLED");
        String awardId = GrantFixtures.award(1_000_000, 0);

        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(withActions(bidBody(awardId, "SUB_GROUP", "cysg", 1000, priority), action))
                .post("/api/v1/bids").then().statusCode(422).body("type", equalTo("https://csp.example.org/problems/action-not-fundable"))
                .body("cancelledActionIds", contains(action)).body("unknownActionIds", empty());
    }

    @Test
    void anApprovalRefusesAnActionCancelledSinceTheDraftUntilTheActionsAreNamedAgain() {
        String priority = adoptedPriorities(1).get(0);
        String kept = announcedAction(priority);
        String dropped = announcedAction(priority);
        String awardId = GrantFixtures.award(1_000_000, 0);
        String bid = GrantFixtures.draftBid(TestTokens.officer(),
                withActions(bidBody(awardId, "SUB_GROUP", "domestic-abuse-forum", 500_000, priority), kept, dropped));
        GrantFixtures.post(TestTokens.officer(), bid, "submit", null).then().statusCode(200);
        GrantFixtures.post(TestTokens.officer(), bid, "sift", "{\"outcome\":\"SHORTLISTED\",\"reason\":\"Meets the priority\"}")
                .then().statusCode(200);
        announceStatus(dropped, priority, "CANCELLED");
        awaitStatus(priority, dropped, "CANCELLED");

        GrantFixtures.post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":400000}").then().statusCode(422)
                .body("cancelledActionIds", contains(dropped));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}", awardId).then().body("allocatedPence", equalTo(0));
        GrantFixtures.post(TestTokens.officer(), bid, "approve", "{\"allocatedPence\":400000,\"actionIds\":[\"" + kept + "\"]}")
                .then().statusCode(200).body("actionIds", contains(kept));
    }

    @Test
    void anActionMadeBeforeActionsWereAnnouncedBecomesFundableWhenItsStatusChanges() {
        String priority = adoptedPriorities(1).get(0);
        String action = UUID.randomUUID().toString();
        String awardId = GrantFixtures.award(1_000_000, 0);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(withActions(bidBody(awardId, "SUB_GROUP", "cysg", 1000, priority), action))
                .post("/api/v1/bids").then().statusCode(422).body("unknownActionIds", contains(action));

        announceStatus(action, priority, "IN_PROGRESS");
        awaitStatus(priority, action, "IN_PROGRESS");
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(withActions(bidBody(awardId, "SUB_GROUP", "cysg", 1000, priority), action))
                .post("/api/v1/bids").then().statusCode(201).body("actionIds", contains(action));
    }

    private static void announceStatus(String actionId, String priorityId, String toStatus) {
        var headers = planHeaders(UUID.randomUUID().toString());
        headers.put("ce_type", "org.csp.plan.action-status-changed.v1");
        KafkaTestClient.send(PLAN_TOPIC, actionId, headers, """
                {"actionId":"%s","planId":"%s","priorityId":"%s","title":"Action %s","fromStatus":"NOT_STARTED","toStatus":"%s",
                 "dueDate":"2019-09-30"}""".formatted(actionId, UUID.randomUUID(), priorityId, actionId, toStatus));
    }

    private static void awaitStatus(String priorityId, String actionId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(given().auth().oauth2(TestTokens.officer())
                .queryParam("priorityId", priorityId).get("/api/v1/plan-actions").then().statusCode(200)
                .extract().path("items.find { it.actionId == '" + actionId + "' }.status")));
    }

    private static String withActions(String bidBody, String... actionIds) {
        String list = String.join("\",\"", actionIds);
        return bidBody.replaceFirst("}$", ",\"actionIds\":[\"" + list + "\"]}");
    }
}
