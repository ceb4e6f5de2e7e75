package org.csp.systemtests;

import static org.awaitility.Awaitility.await;
import static org.csp.systemtests.TheSystem.officer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.systemtests.SystemUnderTest.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A poison message (a CloudEvent whose data is not JSON) on every consumed topic: every consumer of that
 * topic dead-letters it to its own {@code csp.<consumer>.dlq} with the reason and where it came from, and
 * goes on to act on the next, valid event of the same topic.
 */
@ExtendWith(TheSystem.class)
@Order(Order.DEFAULT + 2)
class PoisonMessageTest {

    static final Duration EFFECT = Duration.ofSeconds(90);

    /** A consumed topic, an event type one of its consumers reads, and every service consuming the topic. */
    record Consumed(String topic, String service, String event, List<String> consumers) {
    }

    static final List<Consumed> TOPICS = List.of(
            new Consumed(Topics.ASSESSMENT, "assessment", "assessment-published", List.of("plan", "governance")),
            new Consumed(Topics.GOVERNANCE, "governance", "decision-effective", List.of("assessment", "plan")),
            new Consumed(Topics.PLAN, "plan", "priorities-changed", List.of("grant", "governance")),
            new Consumed(Topics.GRANT, "grant", "bid-approved", List.of("plan", "governance")));

    @AfterAll
    static void restore() {
        TheSystem.restore();
    }

    @Test
    void aPoisonMessageOnEveryConsumedTopicIsDeadLetteredWithItsReasonAndTheConsumersCarryOn() {
        List<String> keys = new ArrayList<>();
        for (Consumed consumed : TOPICS) {
            String key = "poison-" + UUID.randomUUID();
            keys.add(key);
            Topics.send(consumed.topic(), key, Topics.cloudEvent(consumed.service(), consumed.event(), 1, "poison/" + key),
                    "{this is not JSON");
        }

        // the next, valid event on every topic is still acted on by every consumer
        String assessment = Traffic.publishAssessment("poison-" + UUID.randomUUID().toString().substring(0, 8));
        String draftPlan = draftPlanWithTheme();
        String action = actionOf(draftPlan);
        sendDecisionEffective("strategic-assessment", assessment, "ENDORSE");
        sendDecisionEffective("community-safety-plan", draftPlan, "RECOMMEND");
        String adoptedPlan = UUID.randomUUID().toString();
        String priority = UUID.randomUUID().toString();
        Topics.send(Topics.PLAN, adoptedPlan, Topics.cloudEvent("plan", "priorities-changed", 1, "community-safety-plan/" + adoptedPlan), """
                {"planId":"%s","areaCode":"maidstone","title":"Plan after the poison","status":"ADOPTED","priorities":[{"priorityId":"%s","title":"After the poison"}]}"""
                .formatted(adoptedPlan, priority));
        String recommendedPlan = UUID.randomUUID().toString();
        Topics.send(Topics.PLAN, recommendedPlan, Topics.cloudEvent("plan", "plan-status-changed", 1, "community-safety-plan/" + recommendedPlan), """
                {"planId":"%s","title":"Plan after the poison","periodStart":"2019-04-01","periodEnd":"2022-03-31",
                 "fromStatus":"DRAFT","toStatus":"RECOMMENDED","decisionId":null}""".formatted(recommendedPlan));
        String bid = UUID.randomUUID().toString();
        Topics.send(Topics.GRANT, bid, Topics.cloudEvent("grant", "bid-approved", 1, "grant-bid/" + bid), """
                {"bidId":"%s","awardId":"%s","financialYear":"2019-20","title":"Bid after the poison","applicant":"kent-police",
                 "allocatedPence":25000,"priorityIds":[],"actionIds":["%s"]}""".formatted(bid, UUID.randomUUID(), action));
        String award = officer(Service.GRANT).body("""
                {"funder":"Kent Police and Crime Commissioner","recipient":"After the poison %s","areaCode":"maidstone","financialYear":"2019-20",
                 "amountPence":4000000,"tacticalPotPence":500000}""".formatted(bid)).post("/api/v1/awards")
                .then().statusCode(201).extract().path("id");

        await().atMost(EFFECT).until(() -> Traffic.proposals(assessment).size() == Traffic.PRIORITIES);        // plan ← assessment
        await().atMost(EFFECT).until(() -> Traffic.obligations(assessment) == 1);                              // governance ← assessment
        await().atMost(EFFECT).until(() -> Traffic.endorsements(assessment) == 1);                             // assessment ← governance
        await().atMost(EFFECT).untilAsserted(() -> officer(Service.PLAN).get("/api/v1/plans/{id}", draftPlan)  // plan ← governance
                .then().body("status", equalTo("RECOMMENDED")));
        await().atMost(EFFECT).untilAsserted(() -> officer(Service.GRANT).queryParam("size", 200).get("/api/v1/plan-priorities")  // grant ← plan
                .then().body("items.priorityId", hasItem(priority)));
        await().atMost(EFFECT).until(() -> Traffic.obligations(recommendedPlan) == 1);                         // governance ← plan
        await().atMost(EFFECT).untilAsserted(() -> officer(Service.PLAN).get("/api/v1/actions/{id}", action)   // plan ← grant
                .then().body("funding.bidId", hasItem(bid)));
        await().atMost(EFFECT).until(() -> Traffic.obligations(award) > 0);                                    // governance ← grant

        int deadLetters = 0;
        for (int i = 0; i < TOPICS.size(); i++) {
            Consumed consumed = TOPICS.get(i);
            String key = keys.get(i);
            for (String consumer : consumed.consumers()) {
                List<ConsumerRecord<String, String>> dead = Topics.readAll("csp." + consumer + ".dlq").stream()
                        .filter(r -> key.equals(r.key())).toList();
                assertEquals(1, dead.size(), consumer + " dead-letters the poison from " + consumed.topic() + " once");
                String reason = Topics.header(dead.get(0), "dead-letter-reason");
                assertFalse(reason == null || reason.isBlank(), "a reason is given");
                assertEquals(consumed.topic(), Topics.header(dead.get(0), "dead-letter-topic"));
                System.out.println("[poison] " + consumed.topic() + " -> csp." + consumer + ".dlq: " + reason);
                deadLetters++;
            }
        }
        FaultCounts counts = new FaultCounts("poison message on every consumed topic");
        counts.sent = TOPICS.size();
        counts.delivered = TOPICS.size();
        counts.expectedEffects = 8; // dead letters
        counts.effects = deadLetters;
        counts.printAndCheck();
    }

    static String draftPlanWithTheme() {
        String plan = officer(Service.PLAN).body("""
                {"areaCode":"poison-%s","title":"Plan","periodStart":"2019-04-01","periodEnd":"2022-03-31"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        officer(Service.PLAN).body("{\"title\":\"A theme\"}").post("/api/v1/plans/{id}/themes", plan).then().statusCode(201);
        return plan;
    }

    static String actionOf(String plan) {
        String theme = officer(Service.PLAN).get("/api/v1/plans/{id}/themes", plan).then().extract().path("items[0].id");
        String actionPlan = officer(Service.PLAN).body("{\"financialYear\":\"2019-20\",\"outcome\":\"An outcome\"}")
                .post("/api/v1/themes/{id}/action-plans", theme).then().statusCode(201).extract().path("id");
        return officer(Service.PLAN).body("""
                {"title":"An action","leadAgency":"kent-police","owner":"Inspector","startDate":"2019-04-01","dueDate":"2020-03-31"}""")
                .post("/api/v1/action-plans/{id}/actions", actionPlan).then().statusCode(201).extract().path("id");
    }

    /** A hand-made decision-effective of docs/events.md, as governance would publish it: keyed by its subject's id. */
    static void sendDecisionEffective(String subjectType, String subjectId, String action) {
        String decision = UUID.randomUUID().toString();
        Map<String, String> headers = Topics.cloudEvent("governance", "decision-effective", 1, "decision/" + decision);
        Topics.send(Topics.GOVERNANCE, subjectId, headers, """
                {"decisionId":"%s","meetingId":"%s","meetingDate":"2019-02-12","bodyName":"Maidstone Borough Council",
                 "minuteNumber":"1","resolution":"Resolved","outcome":"UNANIMOUS","subject":{"type":"%s","id":"%s"},
                 "action":"%s","referralDeadline":null,"effectiveAt":"2019-02-12T20:00:00Z"}"""
                .formatted(decision, UUID.randomUUID(), subjectType, subjectId, action));
    }
}
